package dev.switchboard.stack;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.time.Duration;
import org.h2.mvstore.MVStore;

/**
 * The MongoDB of the local stack: a MongoDB wire-protocol server in Java keeping its data in one H2 file, because
 * no real {@code mongod} can be installed on our machines. Real MongoDB is used wherever Docker runs.
 */
public final class MongoMain {

    private MongoMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        MVStore store = new MVStore.Builder().fileName(file.toString()).compress().open();
        // a query holds on to the version it started reading; a large one (a million contacts) outlasts the default
        // 45 s after which rewritten chunks are freed, and would then find its pages gone
        store.setRetentionTime((int) Duration.ofMinutes(15).toMillis());
        H2Backend backend = new H2Backend(store);
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown();
            backend.close();
        }));
        System.out.println("MongoDB wire-protocol server on 127.0.0.1:" + port + ", data in " + file);
        Thread.currentThread().join();
    }
}
