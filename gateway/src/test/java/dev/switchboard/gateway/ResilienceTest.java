package dev.switchboard.gateway;

import static dev.switchboard.platform.testkit.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.platform.testkit.TestTokens;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The gateway runs with a 2 s timeout here (see {@link RunningGateway}). */
@RunningGateway
class ResilienceTest {

    private static final String TOKEN = TestTokens.user("viewer", "viewer");

    @Autowired
    WebTestClient client;
    @Autowired
    CircuitBreakerRegistry breakers;

    @Test
    void anUnreachableServiceIsAServiceUnavailableProblem() {
        Downstreams.CONTACT.stop();
        try {
            expectServiceUnavailable(client.get().uri("/api/contacts/c-1")
                    .header("Authorization", bearer(TOKEN))
                    .header("X-Correlation-Id", "corr-503")
                    .exchange(), "contact")
                    .expectHeader().valueEquals("X-Correlation-Id", "corr-503");
        } finally {
            Downstreams.CONTACT.start();
        }
    }

    @Test
    void aServiceSlowerThanTheTimeoutIsAServiceUnavailableProblem() {
        Downstreams.ACHIEVEMENT.answerAfter(Duration.ofSeconds(6));

        expectServiceUnavailable(client.get().uri("/api/achievements")
                .header("Authorization", bearer(TOKEN))
                .exchange(), "achievement");
    }

    @Test
    void aLongExportIsNotCutOffByTheTimeoutOfOrdinaryRequests() {
        Downstreams.CONTACT.answerAfter(Duration.ofSeconds(3));

        client.get().uri("/api/contacts/export?format=csv").header("Authorization", bearer(TOKEN)).exchange()
                .expectStatus().isOk();
        assertThat(Downstreams.CONTACT.single().uri()).isEqualTo("/api/contacts/export?format=csv");
    }

    @Test
    void aServiceSlowerThanResilience4jsDefaultButWithinTheTimeoutIsAnswered() {
        // Resilience4j alone would give up after 1 s; the configured timeout must be the one in force
        Downstreams.ACHIEVEMENT.answerAfter(Duration.ofMillis(1200));

        client.get().uri("/api/achievements")
                .header("Authorization", bearer(TOKEN))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("achievement");
    }

    @Test
    void anOpenBreakerAnswersAtOnceWithoutCallingTheService() {
        CircuitBreaker audit = breakers.circuitBreaker("audit");
        audit.transitionToForcedOpenState();
        try {
            expectServiceUnavailable(client.get().uri("/api/contacts/c-1/history")
                    .header("Authorization", bearer(TOKEN))
                    .exchange(), "audit");
            assertThat(Downstreams.AUDIT.received()).isEmpty();
        } finally {
            audit.reset();
        }
    }

    @Test
    void eachServiceHasItsOwnBreaker() {
        CircuitBreaker audit = breakers.circuitBreaker("audit");
        audit.transitionToForcedOpenState();
        try {
            client.get().uri("/api/contacts/c-1")
                    .header("Authorization", bearer(TOKEN))
                    .exchange()
                    .expectStatus().isOk();
        } finally {
            audit.reset();
        }
    }

    private static WebTestClient.ResponseSpec expectServiceUnavailable(WebTestClient.ResponseSpec response, String service) {
        response.expectStatus().isEqualTo(503)
                .expectHeader().contentType("application/problem+json")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://switchboard.dev/problems/service-unavailable")
                .jsonPath("$.title").isEqualTo("Service unavailable")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").isEqualTo("The " + service + " service is not available right now; retry shortly.")
                .jsonPath("$.service").isEqualTo(service);
        return response;
    }
}
