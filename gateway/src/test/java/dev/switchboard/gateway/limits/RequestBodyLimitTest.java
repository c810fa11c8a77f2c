package dev.switchboard.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;

import dev.switchboard.gateway.problem.ProblemWriter;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** A route's own cap replaces the default one, upwards (an import) as well as downwards. */
class RequestBodyLimitTest {

    private final RequestBodyLimit limit = new RequestBodyLimit(DataSize.ofMegabytes(1),
            new ProblemWriter(JsonMapper.builder().build()));

    @Test
    void aRouteWithALargerCapTakesABodyOverTheDefault() {
        MockServerWebExchange exchange = post(DataSize.ofMegabytes(5).toBytes(), Map.of(RequestBodyLimit.ROUTE_METADATA, "10MB"));

        assertThat(forwarded(exchange)).isTrue();
        assertThat(exchange.getResponse().getStatusCode()).isNull();
    }

    @Test
    void aRouteWithASmallerCapRefusesABodyUnderTheDefault() {
        MockServerWebExchange exchange = post(2048, Map.of(RequestBodyLimit.ROUTE_METADATA, "1KB"));

        assertThat(forwarded(exchange)).isFalse();
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("larger than the 1 KB this path accepts");
    }

    @Test
    void aRouteWithoutItsOwnCapHasTheDefault() {
        MockServerWebExchange exchange = post(DataSize.ofMegabytes(1).toBytes() + 1, Map.of());

        assertThat(forwarded(exchange)).isFalse();
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
    }

    private boolean forwarded(MockServerWebExchange exchange) {
        AtomicBoolean forwarded = new AtomicBoolean();
        GatewayFilterChain chain = next -> Mono.fromRunnable(() -> forwarded.set(true));
        limit.filter(exchange, chain).block();
        return forwarded.get();
    }

    private static MockServerWebExchange post(long contentLength, Map<String, Object> metadata) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/imports")
                .contentLength(contentLength).build());
        exchange.getAttributes().put(GATEWAY_ROUTE_ATTR, Route.async().id("import").uri(URI.create("http://127.0.0.1:1"))
                .predicate(any -> true).metadata(metadata).build());
        return exchange;
    }
}
