package dev.switchboard.gateway;

import static dev.switchboard.platform.testkit.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.platform.testkit.TestTokens;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The gateway is where a trace starts (or continues the caller's), and the service is told which one. */
@RunningGateway
class TracingTest {

    private static final String TOKEN = TestTokens.user("viewer", "viewer");

    @Autowired
    WebTestClient client;

    @Test
    void theServiceReceivesATraceparentOfTheCallersTrace() {
        String traceId = UUID.randomUUID().toString().replace("-", "");

        client.get().uri("/api/contacts/c-1")
                .header("Authorization", bearer(TOKEN))
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .exchange()
                .expectStatus().isOk();

        String received = Downstreams.CONTACT.single().header("traceparent");
        assertThat(received).startsWith("00-" + traceId + "-").doesNotContain("00f067aa0ba902b7");
    }

    @Test
    void aRequestWithoutTraceStartsOneThatTheServiceJoins() {
        client.get().uri("/api/contacts/c-1").header("Authorization", bearer(TOKEN)).exchange().expectStatus().isOk();

        assertThat(Downstreams.CONTACT.single().header("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    }
}
