package dev.switchboard.gateway.limits;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;

import dev.switchboard.gateway.problem.ProblemWriter;
import dev.switchboard.gateway.problem.Problems;
import dev.switchboard.platform.problems.ProblemTypes;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Caps every request body before it reaches a service: {@code switchboard.gateway.max-body-size} for every route,
 * replaced for one route by its metadata {@value #ROUTE_METADATA} (an import route takes larger files). A body
 * announced larger (Content-Length) is refused without reading it; a chunked body, whose size nobody announces, is
 * read up to the cap and refused once it goes over, so a service never receives part of a refused body.
 *
 * <p>Not Spring Cloud Gateway's RequestSize filter: it trusts Content-Length alone (a chunked body passes whatever
 * its size), a route's own instance cannot raise the default filter's cap (both apply), and it answers with no body.
 */
@Component
class RequestBodyLimit implements GlobalFilter, Ordered {

    static final String ROUTE_METADATA = "max-body-size";

    private final DataSize defaultLimit;
    private final ProblemWriter writer;

    RequestBodyLimit(@Value("${switchboard.gateway.max-body-size}") DataSize defaultLimit, ProblemWriter writer) {
        this.defaultLimit = defaultLimit;
        this.writer = writer;
    }

    @Override
    public int getOrder() {
        // before the circuit breaker: a refused body is the caller's fault and must not count against the service
        return Ordered.HIGHEST_PRECEDENCE + 10_000;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        DataSize limit = limitFor(exchange.getAttribute(GATEWAY_ROUTE_ATTR));
        HttpHeaders headers = exchange.getRequest().getHeaders();
        long announced = headers.getContentLength();
        if (announced > limit.toBytes()) {
            return refuse(exchange, limit);
        }
        if (announced >= 0 || !headers.containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
            return chain.filter(exchange);
        }
        return DataBufferUtils.join(exchange.getRequest().getBody(), (int) Math.min(limit.toBytes(), Integer.MAX_VALUE))
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(body -> chain.filter(body.map(read -> withBody(exchange, read)).orElse(exchange)))
                .onErrorResume(DataBufferLimitException.class, e -> refuse(exchange, limit));
    }

    private DataSize limitFor(Route route) {
        Object routeLimit = route == null ? null : route.getMetadata().get(ROUTE_METADATA);
        return routeLimit == null ? defaultLimit : DataSize.parse(routeLimit.toString());
    }

    private Mono<Void> refuse(ServerWebExchange exchange, DataSize limit) {
        return writer.write(exchange.getResponse(), Problems.problem(HttpStatus.CONTENT_TOO_LARGE,
                ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large",
                "The request body is larger than the " + readable(limit) + " this path accepts."));
    }

    private static String readable(DataSize size) {
        if (size.toBytes() % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " MB";
        }
        if (size.toBytes() % DataSize.ofKilobytes(1).toBytes() == 0) {
            return size.toKilobytes() + " KB";
        }
        return size.toBytes() + " bytes";
    }

    private static ServerWebExchange withBody(ServerWebExchange exchange, DataBuffer body) {
        return exchange.mutate().request(new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                return Flux.just(body);
            }
        }).build();
    }
}
