package dev.switchboard.gateway;

import static dev.switchboard.platform.testkit.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.platform.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

@RunningGateway
class SecurityTest {

    @Autowired
    WebTestClient client;

    @AfterEach
    void nothingReachedAService() {
        Downstreams.ALL.forEach(downstream -> assertThat(downstream.received()).as(downstream.name()).isEmpty());
    }

    @Test
    void aRequestWithoutTokenIsAnUnauthenticatedProblem() {
        client.get().uri("/api/contacts")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                .expectHeader().contentType("application/problem+json")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://switchboard.dev/problems/unauthenticated")
                .jsonPath("$.title").isEqualTo("Unauthenticated")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").isNotEmpty();
    }

    @Test
    void aTokenOfAnotherIssuerIsAnUnauthenticatedProblem() {
        String foreign = TestTokens.mint("http://localhost:8180/realms/elsewhere", "mallory", "switchboard-console", "admin");

        client.post().uri("/api/accounts")
                .header("Authorization", bearer(foreign))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().value("WWW-Authenticate", value -> assertThat(value).startsWith("Bearer error=\"invalid_token\""))
                .expectBody().jsonPath("$.type").isEqualTo("https://switchboard.dev/problems/unauthenticated");
    }

    @Test
    void aTokenOfTheRealmForAnotherAudienceIsAnUnauthenticatedProblem() {
        client.get().uri("/api/contacts")
                .header("Authorization", bearer(TestTokens.forAudience("account", "viewer", "viewer")))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().value("WWW-Authenticate", value -> assertThat(value).startsWith("Bearer error=\"invalid_token\""))
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.type").isEqualTo("https://switchboard.dev/problems/unauthenticated");
    }

    @Test
    void aForgedTokenIsAnUnauthenticatedProblem() {
        client.get().uri("/api/contacts")
                .header("Authorization", "Bearer not.a.token")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo("https://switchboard.dev/problems/unauthenticated");
    }

    @Test
    void aTokenTheRealmCannotBeAskedAboutIsAServiceUnavailableProblem() {
        client.get().uri("/api/contacts")
                .header("Authorization", bearer(RunningGateway.Decoder.REALM_UNREACHABLE))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType("application/problem+json")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://switchboard.dev/problems/service-unavailable")
                .jsonPath("$.status").isEqualTo(503);
    }

    @Test
    void pathsOutsideTheApiAreDeniedEvenWithAToken() {
        client.get().uri("/actuator/env")
                .header("Authorization", bearer(TestTokens.user("admin", "super-user")))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.type").isEqualTo("https://switchboard.dev/problems/forbidden");
    }

    @Test
    void theInternalFallbackCannotBeCalledFromOutside() {
        client.get().uri("/fallback/service-unavailable")
                .header("Authorization", bearer(TestTokens.user("viewer", "viewer")))
                .exchange()
                .expectStatus().isForbidden();
    }
}
