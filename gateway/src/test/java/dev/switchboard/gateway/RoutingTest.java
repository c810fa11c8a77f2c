package dev.switchboard.gateway;

import static dev.switchboard.platform.testkit.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.gateway.Downstream.Received;
import dev.switchboard.platform.testkit.TestTokens;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@RunningGateway
class RoutingTest {

    private static final String TOKEN = TestTokens.user("viewer", "viewer");

    @Autowired
    WebTestClient client;

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "POST, /api/accounts, account",
            "GET, /api/accounts/a-1, account",
            "GET, /api/contacts/c-1/credentials, identity",
            "PUT, /api/contacts/c-1/credentials, identity",
            "DELETE, /api/contacts/c-1/credentials, identity",
            "POST, /api/contacts/c-1/credentials/block, identity",
            "POST, /api/contacts/c-1/credentials/restore, identity",
            "POST, /api/contacts/c-1/credentials/reject, identity",
            "POST, /api/contacts/c-1/credentials/password-reset, identity",
            "POST, /api/invitations/i-1/accept, identity",
            "GET, /api/achievements, achievement",
            "GET, /api/achievements/a-1, achievement",
            "GET, /api/contacts/c-1/achievements, achievement",
            "DELETE, /api/contacts/c-1/achievements/a-1, achievement",
            "GET, /api/audit, audit",
            "GET, /api/audit/entries?aggregateId=c-1, audit",
            "GET, /api/contacts/c-1/history, audit",
            "POST, /api/webhooks, webhook",
            "GET, /api/webhooks/w-1/deliveries?status=FAILED, webhook",
            "POST, /api/contacts, contact",
            "GET, /api/contacts?page=0&size=5, contact",
            "PATCH, /api/contacts/c-1, contact",
            "GET, /api/contacts/c-1/duplicates, contact"})
    void eachPathFamilyReachesItsServiceWithPathAndQueryUnchanged(String method, String uri, String service) {
        client.method(HttpMethod.valueOf(method)).uri(uri)
                .header("Authorization", bearer(TOKEN))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo(service);

        Received received = Downstreams.named(service).single();
        assertThat(received.method()).isEqualTo(method);
        assertThat(received.uri()).isEqualTo(uri);
        Downstreams.ALL.stream().filter(other -> !other.name().equals(service))
                .forEach(other -> assertThat(other.received()).as(other.name()).isEmpty());
    }

    @Test
    void theBodyAndTheCallersTokenTravelToTheServiceUnchanged() {
        String token = TestTokens.user("editor", "editor", "viewer");

        client.post().uri("/api/accounts")
                .header("Authorization", bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"Acme Ltd\"}")
                .exchange()
                .expectStatus().isOk();

        Received received = Downstreams.ACCOUNT.single();
        assertThat(received.header("Authorization")).isEqualTo(bearer(token));
        assertThat(received.header("Content-Type")).isEqualTo("application/json");
        assertThat(received.body()).isEqualTo("{\"name\":\"Acme Ltd\"}");
    }

    /** A service may record the purpose of a read, so only the gateway's own reads may state one. */
    @Test
    void aReadPurposeACallerClaimsDoesNotReachTheService() {
        client.get().uri("/api/contacts/c-1/history")
                .header("Authorization", bearer(TestTokens.user("viewer", "viewer")))
                .header("X-Read-Purpose", "personal-data")
                .exchange()
                .expectStatus().isOk();

        assertThat(Downstreams.AUDIT.single().header("X-Read-Purpose")).isNull();
    }

    @Test
    void theIdempotencyKeyReachesTheServiceAndItsReplayedAnswerComesBackWhole() {
        String replayed = "{\"id\":\"c-1\",\"firstName\":\"Zoë\"}";
        Downstreams.CONTACT.answer(201, "application/json", replayed,
                Map.of("Location", "/api/contacts/c-1", "Idempotent-Replayed", "true"));

        client.post().uri("/api/contacts")
                .header("Authorization", bearer(TOKEN))
                .header("Idempotency-Key", "\"8e03978e-40d5-43e8-bc93-6894a57f9324\"")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"firstName\":\"Zoë\"}")
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Location", "/api/contacts/c-1")
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody().json(replayed, true);

        assertThat(Downstreams.CONTACT.single().header("Idempotency-Key"))
                .isEqualTo("\"8e03978e-40d5-43e8-bc93-6894a57f9324\"");
    }

    @Test
    void aRefusalOfTheServicePassesThroughWithItsStatusAndBody() {
        String refusal = """
                {"type":"https://switchboard.dev/problems/forbidden","title":"Forbidden","status":403,\
                "detail":"Your roles do not allow this request."}""";
        Downstreams.CONTACT.answer(403, "application/problem+json", refusal);

        client.post().uri("/api/contacts")
                .header("Authorization", bearer(TOKEN))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType("application/problem+json")
                .expectBody().json(refusal, true);
    }

    @Test
    void aNotFoundOfTheServicePassesThroughWithItsBody() {
        String notFound = """
                {"type":"https://switchboard.dev/problems/not-found","title":"Not found","status":404,\
                "detail":"No account a-404."}""";
        Downstreams.ACCOUNT.answer(404, "application/problem+json", notFound);

        client.get().uri("/api/accounts/a-404")
                .header("Authorization", bearer(TOKEN))
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().json(notFound, true);
    }

    @Test
    void aServerErrorOfTheServicePassesThroughAndIsNoFailureOfTheRoute() {
        Downstreams.AUDIT.answer(500, "application/problem+json", "{\"status\":500,\"title\":\"Internal error\"}");

        client.get().uri("/api/audit")
                .header("Authorization", bearer(TOKEN))
                .exchange()
                .expectStatus().isEqualTo(500)
                .expectBody().jsonPath("$.title").isEqualTo("Internal error");
    }

    @Test
    void aPathNoServiceServesIsANotFoundProblem() {
        client.get().uri("/api/nothing-here")
                .header("Authorization", bearer(TOKEN))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.type").isEqualTo("https://switchboard.dev/problems/not-found");
        Downstreams.ALL.forEach(downstream -> assertThat(downstream.received()).isEmpty());
    }
}
