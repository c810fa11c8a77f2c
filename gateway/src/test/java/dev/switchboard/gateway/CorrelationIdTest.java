package dev.switchboard.gateway;

import static dev.switchboard.platform.testkit.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.platform.testkit.TestTokens;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

@RunningGateway
class CorrelationIdTest {

    private static final String TOKEN = TestTokens.user("viewer", "viewer");

    @Autowired
    WebTestClient client;

    @Test
    void theCallersCorrelationIdIsForwardedAndReturnedOnce() {
        client.get().uri("/api/contacts/c-1")
                .header("Authorization", bearer(TOKEN))
                .header("X-Correlation-Id", "corr-42")
                .exchange()
                .expectStatus().isOk()
                // the service echoes it too: still one value
                .expectHeader().valueEquals("X-Correlation-Id", "corr-42");

        assertThat(Downstreams.CONTACT.single().header("X-Correlation-Id")).isEqualTo("corr-42");
    }

    @Test
    void withoutCorrelationIdOneIsMadeForwardedAndReturned() {
        String returned = correlationIdReturnedForAuditCall(null);

        assertThat(UUID.fromString(returned)).isNotNull();
        assertThat(Downstreams.AUDIT.single().header("X-Correlation-Id")).isEqualTo(returned);
    }

    @Test
    void anUnacceptableCorrelationIdIsReplacedNotEchoed() {
        String returned = correlationIdReturnedForAuditCall("<script>alert(1)</script>");

        assertThat(UUID.fromString(returned)).isNotNull();
        assertThat(Downstreams.AUDIT.single().header("X-Correlation-Id")).isEqualTo(returned);
    }

    @Test
    void theGatewaysOwnUnauthenticatedAnswerCarriesTheCorrelationId() {
        client.get().uri("/api/contacts")
                .header("X-Correlation-Id", "corr-401")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("X-Correlation-Id", "corr-401");
    }

    private String correlationIdReturnedForAuditCall(String sent) {
        return client.get().uri("/api/audit")
                .header("Authorization", bearer(TOKEN))
                .headers(headers -> {
                    if (sent != null) {
                        headers.set("X-Correlation-Id", sent);
                    }
                })
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Correlation-Id");
    }
}
