package dev.switchboard.gateway;

import static dev.switchboard.platform.testkit.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.platform.testkit.TestTokens;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Limits small enough to reach in a test (a context of its own); each test has callers of its own. */
@RunningGateway
@TestPropertySource(properties = {
        "switchboard.gateway.rate-limit.user.requests=3",
        "switchboard.gateway.rate-limit.client.requests=4",
        "switchboard.gateway.rate-limit.clients.switchboard-console.requests=1000",
        "switchboard.gateway.rate-limit.anonymous.requests=3",
        "switchboard.gateway.rate-limit.paths[0].method=POST",
        "switchboard.gateway.rate-limit.paths[0].path=/api/portal/registrations",
        "switchboard.gateway.rate-limit.paths[0].requests=1",
        "switchboard.gateway.rate-limit.paths[0].per=1m"})
class RateLimitTest {

    @Autowired
    WebTestClient client;

    @Test
    void aUserOverItsLimitIsATooManyRequestsProblemWithRetryAfterAndTheServiceIsNotAsked() {
        String token = TestTokens.user(unique("user"), "viewer");
        for (int i = 0; i < 3; i++) {
            get("/api/contacts/c-1", token).expectStatus().isOk();
        }

        get("/api/contacts/c-1", token)
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType("application/problem+json")
                // 3 a minute: one more every 20 s
                .expectHeader().value("Retry-After", seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 20))
                .expectHeader().exists("X-Correlation-Id")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://switchboard.dev/problems/too-many-requests")
                .jsonPath("$.status").isEqualTo(429)
                .jsonPath("$.limit").isEqualTo("user");
        assertThat(Downstreams.CONTACT.received()).hasSize(3);
    }

    @Test
    void eachUserHasItsOwnAllowance() {
        String first = TestTokens.user(unique("user"), "viewer");
        for (int i = 0; i < 3; i++) {
            get("/api/accounts/a-1", first).expectStatus().isOk();
        }
        get("/api/accounts/a-1", first).expectStatus().isEqualTo(429);

        get("/api/accounts/a-1", TestTokens.user(unique("user"), "viewer")).expectStatus().isOk();
    }

    @Test
    void allUsersOfOneClientShareTheClientsAllowance() {
        String partner = unique("partner");
        for (int i = 0; i < 4; i++) {
            get("/api/accounts/a-1", TestTokens.mint(TestTokens.ISSUER, unique("user"), partner, "viewer"))
                    .expectStatus().isOk();
        }

        get("/api/accounts/a-1", TestTokens.mint(TestTokens.ISSUER, unique("user"), partner, "viewer"))
                .expectStatus().isEqualTo(429)
                .expectBody().jsonPath("$.limit").isEqualTo("client");
    }

    @Test
    void theProfileTheGatewayComposesIsCountedToo() {
        String token = TestTokens.user(unique("user"), "viewer");
        for (int i = 0; i < 3; i++) {
            get("/api/contacts/c-1/profile", token).expectStatus().isOk();
        }

        get("/api/contacts/c-1/profile", token).expectStatus().isEqualTo(429);
    }

    @Test
    void selfRegistrationWithoutATokenHasAStricterLimitThanOtherRequests() {
        client.post().uri("/api/portal/registrations").header("Content-Type", "application/json").bodyValue("{}")
                .exchange().expectStatus().isOk();

        client.post().uri("/api/portal/registrations").header("Content-Type", "application/json").bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().value("Retry-After", seconds -> assertThat(Integer.parseInt(seconds)).isBetween(50, 60))
                .expectBody().jsonPath("$.limit").isEqualTo("path");
        assertThat(Downstreams.IDENTITY.single().uri()).isEqualTo("/api/portal/registrations");
    }

    @Test
    void pathsOutsideTheApiAreNotCounted() {
        for (int i = 0; i < 5; i++) {
            client.get().uri("/actuator/health").exchange().expectStatus().isOk();
        }
    }

    private WebTestClient.ResponseSpec get(String uri, String token) {
        return client.get().uri(uri).header("Authorization", bearer(token)).exchange();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }
}
