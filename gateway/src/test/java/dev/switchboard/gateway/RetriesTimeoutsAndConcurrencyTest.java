package dev.switchboard.gateway;

import static dev.switchboard.platform.testkit.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.platform.testkit.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.gateway.config.HttpClientProperties;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/** How the gateway treats the services under load and brief failures: retries, timeouts, concurrency. */
@RunningGateway
class RetriesTimeoutsAndConcurrencyTest {

    private static final String UNAVAILABLE = "{\"status\":503,\"title\":\"Service unavailable\"}";

    @Autowired
    WebTestClient client;
    @Autowired
    RouteLocator routes;
    @Autowired
    HttpClientProperties httpClient;
    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"GET", "PUT", "DELETE"})
    void anIdempotentRequestIsRetriedWhenTheServiceIsBrieflyUnavailable(String method) {
        Downstreams.CONTACT.answerOnce(503, "application/problem+json", UNAVAILABLE);

        send(method).expectStatus().isOk().expectBody().jsonPath("$.service").isEqualTo("contact");

        assertThat(Downstreams.CONTACT.received()).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"POST", "PATCH"})
    void aRequestThatMayNotBeRepeatedIsNeverRetried(String method) {
        Downstreams.CONTACT.answerOnce(503, "application/problem+json", UNAVAILABLE);

        send(method).expectStatus().isEqualTo(503).expectBody().json(UNAVAILABLE);

        assertThat(Downstreams.CONTACT.received()).hasSize(1);
    }

    /** A 500 is a bug of the service, which a second try would only repeat. */
    @Test
    void anInternalErrorOfTheServiceIsNotRetried() {
        Downstreams.CONTACT.answerOnce(500, "application/problem+json", "{\"status\":500}");

        send("GET").expectStatus().isEqualTo(500);

        assertThat(Downstreams.CONTACT.received()).hasSize(1);
    }

    @Test
    void aRefusalOfTheServiceIsNotRetried() {
        Downstreams.CONTACT.answerOnce(409, "application/problem+json", "{\"status\":409}");

        send("PUT").expectStatus().isEqualTo(409);

        assertThat(Downstreams.CONTACT.received()).hasSize(1);
    }

    @Test
    void everyRouteWaitsForItsServiceOnlySoLongAndTheExportAsLongAsItStreams() {
        assertThat(httpClient.getResponseTimeout()).isEqualTo(Duration.ofSeconds(2));
        List<Route> all = routes.getRoutes().collectList().block();
        assertThat(all).isNotEmpty().allSatisfy(route -> {
            Object own = route.getMetadata().get(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR);
            if (route.getId().equals("contact-export")) {
                assertThat(own).as("the export's own").isEqualTo(-1);
            } else {
                assertThat(own).as(route.getId() + " keeps the gateway's response timeout").isNull();
            }
        });
    }

    /** Resilience4j's default bulkhead lets 25 calls through at once and refuses the rest with a 503 at once. */
    @Test
    void aBurstOfSlowRequestsToContactServiceIsAnsweredNotRefusedByTheBulkhead() {
        Downstreams.CONTACT.answerAfter(Duration.ofMillis(500));
        WebClient burst = WebClient.builder().baseUrl("http://localhost:" + port)
                .clientConnector(new ReactorClientHttpConnector(HttpClient.create(ConnectionProvider.newConnection())))
                .build();
        String token = bearer(TestTokens.user("burst-" + UUID.randomUUID(), "viewer"));

        List<Integer> statuses = Flux.range(0, 60)
                .flatMap(i -> burst.get().uri("/api/contacts/c-" + i).header("Authorization", token)
                        .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value())), 60)
                .collectList().block(Duration.ofSeconds(30));

        assertThat(statuses).hasSize(60).containsOnly(200);
    }

    @Test
    void aUserRunsAtMostTwoExportsAtOnceOthersStillRunTheirs() {
        Downstreams.CONTACT.answerAfter(Duration.ofSeconds(2));
        String token = TestTokens.user("exporter-" + UUID.randomUUID(), "viewer");
        WebClient exports = WebClient.builder().baseUrl("http://localhost:" + port)
                .clientConnector(new ReactorClientHttpConnector(HttpClient.create(ConnectionProvider.newConnection())))
                .build();
        List<Mono<Integer>> running = List.of(export(exports, token), export(exports, token));
        Flux<Integer> both = Flux.merge(running).cache();
        both.subscribe();
        await().atMost(Duration.ofSeconds(5)).until(() -> Downstreams.CONTACT.received().size() == 2);

        client.get().uri("/api/contacts/export?format=csv").header("Authorization", bearer(token)).exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType("application/problem+json")
                .expectHeader().exists("Retry-After")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://switchboard.dev/problems/too-many-requests")
                .jsonPath("$.limit").isEqualTo("concurrent-exports");
        client.get().uri("/api/contacts/export?format=csv")
                .header("Authorization", bearer(TestTokens.user("other-" + UUID.randomUUID(), "viewer"))).exchange()
                .expectStatus().isOk();

        assertThat(both.collectList().block(Duration.ofSeconds(10))).containsOnly(200);
        client.get().uri("/api/contacts/export?format=csv").header("Authorization", bearer(token)).exchange()
                .expectStatus().isOk();
    }

    private static Mono<Integer> export(WebClient exports, String token) {
        return exports.get().uri("/api/contacts/export?format=csv").header("Authorization", bearer(token))
                .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value()));
    }

    private WebTestClient.ResponseSpec send(String method) {
        return client.method(HttpMethod.valueOf(method)).uri("/api/contacts/c-1")
                .header("Authorization", bearer(TestTokens.user("viewer", "viewer")))
                .header("Content-Type", "application/json")
                .bodyValue("{}")
                .exchange();
    }
}
