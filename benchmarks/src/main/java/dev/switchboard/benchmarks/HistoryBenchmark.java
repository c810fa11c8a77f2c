package dev.switchboard.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.h2.mvstore.MVStore;

/**
 * Issue #16's history speed: the first page of a contact with 10,000 history entries, read through
 * audit-service's API from the embedded MongoDB (mongo-java-server on an H2 file, as the local stack runs it). It
 * needs no running stack and takes no fixed port: it starts that MongoDB and audit-service's built jar on free
 * ports, seeds the entries straight into MongoDB in the shape audit-service stores them, signs its own viewer token
 * (audit-service is told the public key), and has no Kafka (audit-service only retries to connect). Usage:
 * {@code ./benchmark-history [entries=10000] [other entries=40000] [reads=1000]}; results are printed and appended
 * to {@code .switchboard/benchmarks.md}.
 */
public final class HistoryBenchmark {

    private static final String ISSUER = "http://localhost:8180/realms/switchboard";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Report report = new Report();

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path state = Path.of(args[1]);
        int entries = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        int others = args.length > 3 ? Integer.parseInt(args[3]) : 40_000;
        int reads = args.length > 4 ? Integer.parseInt(args[4]) : 1_000;
        new HistoryBenchmark().run(root, state, entries, others, reads);
    }

    private void run(Path root, Path state, int entries, int others, int reads) throws Exception {
        Path work = root.resolve("benchmarks/target/history-benchmark");
        deleteTree(work);
        Files.createDirectories(work);
        MVStore store = new MVStore.Builder().fileName(work.resolve("audit.mv").toString()).compress().open();
        H2Backend backend = new H2Backend(store);
        MongoServer mongo = new MongoServer(backend);
        int mongoPort = freePort();
        mongo.bind("127.0.0.1", mongoPort);
        Process service = null;
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + mongoPort)) {
            MongoDatabase database = client.getDatabase("audit-service");
            String contactId = UUID.randomUUID().toString();
            long started = System.nanoTime();
            seed(database, contactId, entries);
            for (int other = 0; other < others / 1_000; other++) {
                seed(database, UUID.randomUUID().toString(), 1_000);
            }
            report.line("seeded %,d entries of one contact and %,d of %d others straight into the embedded MongoDB in %.0f s",
                    entries, others, others / 1_000, (System.nanoTime() - started) / 1e9);
            lookupByFields(database.getCollection("audit_entries"), contactId);

            KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
            Path publicKey = work.resolve("public-key.pem");
            Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
            int port = freePort();
            service = new ProcessBuilder(java(), "-Xms32m", "-Xmx256m", "-XX:+UseSerialGC", "-jar",
                    root.resolve("audit-service/target/audit-service-0.1.0-SNAPSHOT-exec.jar").toString(),
                    "--server.port=" + port,
                    "--spring.mongodb.uri=mongodb://127.0.0.1:" + mongoPort + "/audit-service",
                    "--spring.kafka.bootstrap-servers=127.0.0.1:" + freePort(),
                    // no realm to ask for keys: the benchmark's own public key instead
                    "--spring.security.oauth2.resourceserver.jwt.issuer-uri=",
                    "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + publicKey)
                    .redirectErrorStream(true).redirectOutput(work.resolve("audit-service.log").toFile()).start();
            String token = token(keys);
            String firstPage = "http://127.0.0.1:" + port + "/api/contacts/" + contactId + "/history";
            awaitReady(firstPage, token, service);
            measure("first page (50) of the contact's history", firstPage, token, reads);
            measure("first page (20) of the contact's history", firstPage + "?size=20", token, reads);
            measure("page 100 (50) of the contact's history", firstPage + "?page=100", token, reads / 5);
            measure("filtered by field (reads the contact's 10,000 lines)", firstPage + "?field=field-7", token,
                    Math.max(20, reads / 20));
        } finally {
            if (service != null) {
                service.destroy();
                service.waitFor();
            }
            mongo.shutdown();
            backend.close();
        }
        report.appendTo(state, "history of a contact with " + entries + " entries");
    }

    /**
     * Entries and history lines in audit-service's shape: ids of chain key plus a 12-digit number, a head per
     * sequence. The hash chain is not computed (reading does not look at it).
     */
    private static void seed(MongoDatabase database, String contactId, int count) {
        MongoCollection<Document> entries = database.getCollection("audit_entries");
        MongoCollection<Document> lines = database.getCollection("contact_history");
        String key = "contact/" + contactId;
        List<Document> entryBatch = new ArrayList<>();
        List<Document> lineBatch = new ArrayList<>();
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int seq = 1; seq <= count; seq++) {
            String id = key + "/" + String.format("%012d", seq);
            String eventId = UUID.randomUUID().toString();
            Date time = Date.from(start.plusSeconds(seq * 60L));
            entryBatch.add(new Document("_id", id).append("seq", (long) seq).append("time", time)
                    .append("entityType", "contact").append("entityId", contactId).append("entityVersion", (long) seq)
                    .append("field", "field-" + seq % 10).append("oldValue", "old value " + seq)
                    .append("newValue", "new value " + seq).append("oldDigest", "d".repeat(64))
                    .append("newDigest", "d".repeat(64)).append("salt", "c2FsdA==").append("erased", false)
                    .append("redacted", false).append("actor", "user-1").append("actorName", "editor")
                    .append("channel", "MANUAL").append("eventType", "switchboard.ContactUpdated")
                    .append("eventId", eventId).append("correlationId", "corr-" + eventId).append("position", 0)
                    .append("eventKey", eventId + "/0").append("contactIds", List.of(contactId))
                    .append("previousHash", "0".repeat(64)).append("hash", "h".repeat(64)));
            lineBatch.add(new Document("_id", id).append("seq", (long) seq).append("contactId", contactId)
                    .append("entryId", id).append("refKey", contactId + "|" + eventId + "/0").append("time", time)
                    .append("field", "field-" + seq % 10).append("actor", "user-1").append("actorName", "editor")
                    .append("channel", "MANUAL"));
            if (entryBatch.size() == 1_000 || seq == count) {
                entries.insertMany(entryBatch);
                lines.insertMany(lineBatch);
                entryBatch.clear();
                lineBatch.clear();
            }
        }
        MongoCollection<Document> heads = database.getCollection("audit_sequence_heads");
        heads.insertOne(new Document("_id", "audit_entries:" + key).append("seq", (long) count));
        heads.insertOne(new Document("_id", "contact_history:" + key).append("seq", (long) count));
    }

    /** The query the history used before: by entity type and id, which the embedded MongoDB answers by a scan. */
    private void lookupByFields(MongoCollection<Document> entries, String contactId) {
        Latencies latencies = new Latencies(20);
        for (int i = -3; i < 20; i++) {
            long started = System.nanoTime();
            entries.find(Filters.and(Filters.eq("entityType", "contact"), Filters.eq("entityId", contactId)))
                    .sort(Sorts.descending("time")).limit(50).into(new ArrayList<>());
            if (i >= 0) {
                latencies.add(System.nanoTime() - started);
            }
        }
        report.line("before (query by entityType and entityId, straight to MongoDB, 20 times): p50 %.1f ms, max %.1f ms",
                latencies.percentile(50), latencies.percentile(100));
    }

    private void measure(String what, String url, String token, int count) throws Exception {
        Latencies latencies = new Latencies(count);
        for (int i = -Math.min(200, count); i < count; i++) {
            long started = System.nanoTime();
            HttpResponse<String> response = get(url, token);
            long took = System.nanoTime() - started;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
            }
            if (i >= 0) {
                latencies.add(took);
            }
        }
        report.line("%s, %d requests one at a time after warm-up: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", what,
                count, latencies.percentile(50), latencies.percentile(95), latencies.percentile(99),
                latencies.percentile(100));
    }

    private static void awaitReady(String url, String token, Process service) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!service.isAlive()) {
                throw new IllegalStateException("audit-service exited; see benchmarks/target/history-benchmark");
            }
            try {
                if (get(url, token).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("audit-service was not ready within 3 minutes");
    }

    private static HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A viewer's token as the realm would issue it, signed with the benchmark's own key. */
    private static String token(KeyPair keys) throws Exception {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = "{\"sub\":\"benchmark\",\"preferred_username\":\"benchmark\",\"iss\":\"" + ISSUER + "\","
                + "\"aud\":\"switchboard-api\",\"azp\":\"switchboard-console\",\"iat\":" + now + ",\"exp\":"
                + (now + 3600) + ",\"realm_access\":{\"roles\":[\"viewer\"]}}";
        String signed = base64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(keys.getPrivate());
        signature.update(signed.getBytes(StandardCharsets.US_ASCII));
        return signed + "." + base64.encodeToString(signature.sign());
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (Files.exists(path)) {
            try (var files = Files.walk(path)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

}
