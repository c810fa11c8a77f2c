package dev.switchboard.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The gateway's own metrics, for a Prometheus on the same host. */
@RunningGateway
class MetricsTest {

    @Autowired
    WebTestClient client;

    @Test
    void prometheusOnTheSameHostSeesEachRoutesBreakerStateAndHttpLatency() {
        client.get().uri("/v3/api-docs/contact").exchange().expectStatus().isOk();

        // a latency histogram per route and status: more than the client buffers by default
        String metrics = client.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
                .build().get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(metrics).contains("resilience4j_circuitbreaker_state{", "name=\"contact\"",
                "http_server_requests_seconds_bucket{");
    }
}
