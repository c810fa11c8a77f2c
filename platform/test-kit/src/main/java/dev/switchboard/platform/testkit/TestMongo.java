package dev.switchboard.platform.testkit;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.UUID;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * One real MongoDB per test JVM: a Testcontainers replica set where Docker runs, otherwise the in-process
 * wire-protocol server (our machines have no Docker engine). Each Spring context gets a database of its own.
 */
public final class TestMongo {

    private static String connectionString;
    private static MemoryBackend inProcessBackend;
    private static MongoServer inProcessServer;
    private static InetSocketAddress inProcessAddress;

    private TestMongo() {
    }

    public static synchronized String connectionString() {
        if (connectionString == null) {
            connectionString = DockerClientFactory.instance().isDockerAvailable() ? startContainer() : startInProcess();
        }
        return connectionString;
    }

    private static String startContainer() {
        MongoDBContainer container = new MongoDBContainer("mongo:8.0");
        container.start();
        return container.getConnectionString();
    }

    private static String startInProcess() {
        inProcessBackend = new MemoryBackend();
        inProcessServer = new MongoServer(inProcessBackend);
        String address = inProcessServer.bindAndGetConnectionString();
        inProcessAddress = inProcessServer.getLocalAddress();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> inProcessServer.shutdownNow()));
        return address;
    }

    /**
     * Takes the database away, connections and all, until the returned outage is closed: then it answers again on
     * the same address with the same data. For tests of what a service does while its database is down; only the
     * in-process server can be stopped like this.
     */
    public static synchronized Outage outage() {
        connectionString();
        if (inProcessServer == null) {
            throw new IllegalStateException("only the in-process MongoDB can be taken away in a test");
        }
        inProcessServer.shutdownNow();
        return () -> {
            synchronized (TestMongo.class) {
                inProcessServer = new MongoServer(inProcessBackend);
                inProcessServer.bind(inProcessAddress);
            }
        };
    }

    /** A database outage; closing it ends it. */
    public interface Outage extends AutoCloseable {

        @Override
        void close();
    }

    /** Points {@code spring.mongodb.uri} of the context at a fresh database on the shared server. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String database = "test-" + UUID.randomUUID().toString().substring(0, 8);
            String base = connectionString().replaceAll("/+$", "");
            // a request or handler notices an outage within seconds rather than the driver's default 30 s
            TestPropertyValues.of("spring.mongodb.uri=" + base + "/" + database + "?serverSelectionTimeoutMS=3000")
                    .applyTo(context);
        }
    }
}
