package dev.switchboard.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.stack.RealmTokens;
import dev.switchboard.stack.StartReport;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The foundation's walking skeleton, through the gateway, with real Keycloak tokens, Kafka and MongoDB. */
class WalkingSkeletonSystemTest {

    private static final String KAFKA = EventLog.KAFKA;
    private static final String ACCOUNTS_TOPIC = "switchboard.accounts.v1";
    private static final String ACME = """
            {"name": "Acme Ltd", "addresses": [{"type": "BILLING", "street": "1 Main St", "city": "Springfield",
             "postalCode": "12345", "region": "IL", "country": "US"}], "active": true}""";

    private static String editor;
    private static String viewer;

    @BeforeAll
    static void startTheWholeSystem() {
        StartReport report = RunningStack.ensureStarted();
        assertThat(report.residentKib()).containsKeys("kafka", "mongodb", "keycloak", "mail", "contact-service",
                "account-service", "identity-service", "achievement-service", "audit-service", "gateway");
        editor = RealmTokens.demoUser("editor");
        viewer = RealmTokens.demoUser("viewer");
    }

    @Test
    void anEditorCreatesAnAccountThroughTheGatewayAndReadsItBack() {
        HttpResponse<String> created = Gateway.post("/api/accounts", editor, "skeleton-1", ACME);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("X-Correlation-Id")).hasValue("skeleton-1");
        String location = created.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> read = Gateway.get(location, viewer);
        assertThat(read.statusCode()).isEqualTo(200);
        JsonNode account = Gateway.json(read);
        assertThat(account.get("name").asString()).isEqualTo("Acme Ltd");
        assertThat(account.at("/addresses/0/city").asString()).isEqualTo("Springfield");
        assertThat(account.get("active").asBoolean()).isTrue();
    }

    @Test
    void theAuditTrailShowsEveryFieldWithWhoDidItAndHow() {
        String integration = RealmTokens.client("switchboard-integration", "integration-secret");
        String correlationId = "audit-" + UUID.randomUUID();
        String id = Gateway.json(Gateway.post("/api/accounts", integration, correlationId, ACME)).get("id").asString();

        JsonNode page = awaitAudit(id, 3);
        List<String> fields = page.get("items").valueStream().map(entry -> entry.get("field").asString()).toList();
        assertThat(fields).containsExactlyInAnyOrder("name", "addresses", "active");
        JsonNode name = page.get("items").valueStream().filter(entry -> "name".equals(entry.get("field").asString()))
                .findFirst().orElseThrow();
        assertThat(name.get("oldValue").isNull()).isTrue();
        assertThat(name.get("newValue").asString()).isEqualTo("Acme Ltd");
        assertThat(name.get("entityType").asString()).isEqualTo("account");
        assertThat(name.get("actorName").asString()).isEqualTo("service-account-switchboard-integration");
        assertThat(name.get("channel").asString()).isEqualTo("API");
        assertThat(name.get("eventType").asString()).isEqualTo("switchboard.AccountCreated");
        assertThat(name.get("correlationId").asString()).isEqualTo(correlationId);
        assertThat(name.get("eventId").asString()).isNotBlank();
    }

    @Test
    void aRedeliveredEventAddsNothingToTheAuditTrail() throws Exception {
        String id = Gateway.json(Gateway.post("/api/accounts", editor, null, "{\"name\": \"Redelivered Inc\"}"))
                .get("id").asString();
        awaitAudit(id, 2);

        ConsumerRecord<String, String> original = EventLog.first(ACCOUNTS_TOPIC, id);
        RecordMetadata redelivered;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            redelivered = producer.send(new ProducerRecord<>(ACCOUNTS_TOPIC, original.key(), original.value())).get();
        }
        awaitAuditConsumedPast(redelivered);

        JsonNode page = Gateway.json(Gateway.get("/api/audit?entityType=account&entityId=" + id, viewer));
        assertThat(page.get("totalElements").asLong()).isEqualTo(2);
    }

    @Test
    void withoutATokenTheGatewayAnswers401AsAProblem() {
        HttpResponse<String> response = Gateway.get("/api/accounts/anything", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aViewerMayReadButNotCreate() {
        HttpResponse<String> refused = Gateway.post("/api/accounts", viewer, null, ACME);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Gateway.json(refused).get("status").asInt()).isEqualTo(403);

        String location = Gateway.post("/api/accounts", editor, null, ACME).headers().firstValue("Location").orElseThrow();
        assertThat(Gateway.get(location, viewer).statusCode()).isEqualTo(200);
    }

    @Test
    void tokensFromAnotherIssuerAreRejected() throws Exception {
        String masterRealmAdmin = RealmTokens.password("http://localhost:8180/realms/master", "admin-cli", "admin", "admin");
        assertThat(Gateway.get("/api/accounts/anything", masterRealmAdmin).statusCode()).isEqualTo(401);
        assertThat(Gateway.get("/api/accounts/anything", selfSignedToken()).statusCode()).isEqualTo(401);
    }

    @Test
    void badInputIsAProblemNotAServerError() {
        HttpResponse<String> response = Gateway.post("/api/accounts", editor, null, "{\"name\": \"\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Gateway.json(response).at("/errors/0/field").asString()).isEqualTo("name");
        assertThat(Gateway.get("/api/accounts/" + UUID.randomUUID(), viewer).statusCode()).isEqualTo(404);
    }

    private static JsonNode awaitAudit(String accountId, int entries) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> Gateway.json(Gateway.get("/api/audit?entityType=account&entityId=" + accountId, viewer)),
                        page -> page.path("totalElements").asLong() >= entries);
    }

    /** Waits until audit-service has committed past the redelivered record, i.e. has handled it. */
    private static void awaitAuditConsumedPast(RecordMetadata redelivered) {
        TopicPartition partition = new TopicPartition(redelivered.topic(), redelivered.partition());
        try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA))) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets("audit-service")
                        .partitionsToOffsetAndMetadata().get();
                OffsetAndMetadata committed = offsets.get(partition);
                return committed != null && committed.offset() > redelivered.offset();
            });
        }
    }

    /** A well-formed RS256 token, but signed by a key and issued by an issuer the system does not know. */
    private static String selfSignedToken() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var keys = generator.generateKeyPair();
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String header = base64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = base64.encodeToString(("{\"iss\":\"http://localhost:9999/realms/switchboard\",\"sub\":\"intruder\","
                + "\"iat\":" + now + ",\"exp\":" + (now + 300) + ",\"realm_access\":{\"roles\":[\"admin\"]}}")
                .getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(keys.getPrivate());
        signature.update((header + "." + claims).getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + "." + base64.encodeToString(signature.sign());
    }
}
