package dev.switchboard.platform.testkit;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
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
        MongoServer server = new MongoServer(new MemoryBackend());
        String address = server.bindAndGetConnectionString();
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        return address;
    }

    /** Points {@code spring.mongodb.uri} of the context at a fresh database on the shared server. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String database = "test-" + UUID.randomUUID().toString().substring(0, 8);
            String base = connectionString().replaceAll("/+$", "");
            TestPropertyValues.of("spring.mongodb.uri=" + base + "/" + database).applyTo(context);
        }
    }
}
