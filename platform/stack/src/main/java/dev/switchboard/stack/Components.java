package dev.switchboard.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.kafka.common.Uuid;

/** The processes of the whole system on 127.0.0.1, with the ports the issue texts give. */
final class Components {

    static final int KAFKA = 9092;
    static final int KAFKA_CONTROLLER = 9093;
    static final int MONGO = 27017;
    static final int KEYCLOAK = 8180;
    static final int KEYCLOAK_MANAGEMENT = 9000;
    static final int SMTP = 3025;
    static final int MAIL_API = 8025;
    static final int GATEWAY = 8080;

    /** Service module, port; the gateway comes last so that it is the one a person meets first. */
    static final Map<String, Integer> SERVICES = Map.of(
            "contact-service", 8081, "account-service", 8082, "identity-service", 8083,
            "achievement-service", 8084, "audit-service", 8085, "webhook-service", 8086, "gateway", GATEWAY);
    static final List<String> SERVICE_ORDER = List.of("contact-service", "account-service", "identity-service",
            "achievement-service", "audit-service", "webhook-service", "gateway");

    private static final List<String> SMALL_JVM = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
            "-XX:+ExitOnOutOfMemoryError");

    private final StackLayout layout;
    private final Map<String, String> serviceEnvironment;

    Components(StackLayout layout, Map<String, String> serviceEnvironment) {
        this.layout = layout;
        this.serviceEnvironment = serviceEnvironment;
    }

    List<Component> all() {
        List<Component> all = new ArrayList<>(List.of(kafka(), mongo(), keycloak(), mail()));
        SERVICE_ORDER.forEach(service -> all.add(service(service, SERVICES.get(service))));
        return all;
    }

    private Component kafka() {
        Path home = layout.data("kafka");
        Path config = home.resolve("server.properties");
        Runnable prepare = () -> {
            write(config, String.join("\n",
                    "process.roles=broker,controller",
                    "node.id=1",
                    "controller.quorum.voters=1@127.0.0.1:" + KAFKA_CONTROLLER,
                    "listeners=PLAINTEXT://127.0.0.1:" + KAFKA + ",CONTROLLER://127.0.0.1:" + KAFKA_CONTROLLER,
                    "advertised.listeners=PLAINTEXT://127.0.0.1:" + KAFKA,
                    "controller.listener.names=CONTROLLER",
                    "inter.broker.listener.name=PLAINTEXT",
                    "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                    "log.dirs=" + home.resolve("logs"),
                    "num.partitions=3",
                    "offsets.topic.replication.factor=1",
                    "transaction.state.log.replication.factor=1",
                    "transaction.state.log.min.isr=1",
                    "share.coordinator.state.topic.replication.factor=1",
                    "share.coordinator.state.topic.min.isr=1",
                    "group.initial.rebalance.delay.ms=0",
                    "auto.create.topics.enable=true", ""));
            if (!Files.exists(home.resolve("logs/meta.properties"))) {
                runToEnd("kafka-format", List.of(layout.java().toString(), "-cp", layout.launcherClassPath(),
                        "kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()));
            }
        };
        return new Component("kafka", List.of(KAFKA, KAFKA_CONTROLLER), prepare,
                List.of(layout.java().toString(), "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-cp", layout.launcherClassPath(),
                        "kafka.Kafka", config.toString()),
                home, Map.of(), Probes.port(KAFKA), "127.0.0.1:" + KAFKA, true);
    }

    /**
     * The wire-protocol server answers a query by collecting every matching document in memory before the first
     * batch leaves, so its heap bounds the largest result set (a million contacts' ids need some 300 MB); it dies
     * rather than corrupt its file when that is not enough.
     */
    private Component mongo() {
        Path home = layout.data("mongodb");
        return new Component("mongodb", List.of(MONGO), () -> { },
                List.of(layout.java().toString(), "-Xms32m", "-Xmx1g", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
                        "-cp", layout.launcherClassPath(),
                        MongoMain.class.getName(), Integer.toString(MONGO), home.resolve("switchboard.mv").toString()),
                home, Map.of(), Probes.port(MONGO), "mongodb://127.0.0.1:" + MONGO, true);
    }

    private Component keycloak() {
        String version = layout.version("keycloak.version");
        Path home = layout.state().resolve("keycloak").resolve("keycloak-" + version);
        Runnable prepare = () -> {
            if (!Files.exists(home.resolve("bin/kc.sh"))) {
                unzip(Path.of(layout.version("keycloak.dist")), home.getParent());
            }
            Path imports = StackLayout.dir(home.resolve("data/import"));
            copy(layout.root().resolve("infra/keycloak/switchboard-realm.json"), imports.resolve("switchboard-realm.json"));
        };
        String base = "http://localhost:" + KEYCLOAK;
        return new Component("keycloak", List.of(KEYCLOAK, KEYCLOAK_MANAGEMENT), prepare,
                List.of("/bin/bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                        "--http-port=" + KEYCLOAK, "--http-host=127.0.0.1", "--hostname=" + base,
                        "--http-management-port=" + KEYCLOAK_MANAGEMENT, "--health-enabled=true", "--import-realm"),
                home,
                Map.of("JAVA_HOME", layout.javaHome().toString(),
                        "KC_BOOTSTRAP_ADMIN_USERNAME", "admin", "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
                        "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m"),
                Probes.http(base + "/realms/switchboard/.well-known/openid-configuration"),
                base + "/admin (admin/admin)", true);
    }

    private Component mail() {
        return new Component("mail", List.of(SMTP, MAIL_API), () -> { },
                List.of(layout.java().toString(), "-Xms16m", "-Xmx96m", "-XX:+UseSerialGC",
                        "-Dgreenmail.setup.test.smtp", "-Dgreenmail.hostname=127.0.0.1", "-Dgreenmail.auth.disabled",
                        "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + MAIL_API,
                        "-jar", layout.version("greenmail.jar")),
                layout.data("mail"), Map.of(), Probes.http("http://127.0.0.1:" + MAIL_API + "/api/service/readiness"),
                "smtp://127.0.0.1:" + SMTP + ", http://127.0.0.1:" + MAIL_API + "/api/user", true);
    }

    private Component service(String module, int port) {
        Path jar = layout.state().resolve("jars").resolve(module + ".jar");
        Path built = layout.root().resolve(module).resolve("target")
                .resolve(module + "-" + layout.version("project.version") + "-exec.jar");
        List<String> command = new ArrayList<>(List.of(layout.java().toString(), "-Xms32m", "-Xmx256m"));
        command.addAll(SMALL_JVM);
        command.addAll(List.of("-jar", jar.toString()));
        // a copy, so that rebuilding while the stack runs never pulls a jar from under a running service
        Runnable prepare = () -> copy(built, jar);
        String url = "http://localhost:" + port + ("gateway".equals(module) ? "" : "/actuator/health");
        return new Component(module, List.of(port), prepare, command, layout.data(module), serviceEnvironment,
                Probes.http("http://127.0.0.1:" + port + "/actuator/health/readiness"), url, false);
    }

    private void runToEnd(String name, List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(layout.logs().resolve(name + ".log").toFile()))
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new StackException(name + " failed; see " + layout.logs().resolve(name + ".log"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException(name + " interrupted");
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) {
        if (!Files.exists(from)) {
            throw new StackException(from + " is missing: build first with ./mvnw -DskipTests package");
        }
        try {
            StackLayout.dir(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void unzip(Path zip, Path into) {
        if (!Files.exists(zip)) {
            throw new StackException("Keycloak distribution " + zip + " is missing: build first with ./mvnw -DskipTests package");
        }
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(archive.entries())) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new StackException("unsafe entry in " + zip + ": " + entry.getName());
                }
                if (entry.isDirectory()) {
                    StackLayout.dir(target);
                    continue;
                }
                StackLayout.dir(target.getParent());
                try (InputStream in = archive.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                if (target.getFileName().toString().endsWith(".sh")) {
                    target.toFile().setExecutable(true);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + zip, e);
        }
    }
}
