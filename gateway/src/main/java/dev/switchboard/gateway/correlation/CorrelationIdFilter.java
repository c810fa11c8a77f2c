package dev.switchboard.gateway.correlation;

import dev.switchboard.platform.correlation.CorrelationIds;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request a correlation id (the caller's, if acceptable), forwards it downstream and returns it. A web
 * filter rather than a gateway filter, and first of all, so that the 401s of security and the 503s of the fallback
 * carry it too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationIdFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String correlationId = CorrelationIds.acceptOrCreate(exchange.getRequest().getHeaders().getFirst(CorrelationIds.HEADER));
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> headers.set(CorrelationIds.HEADER, correlationId)).build();
        // set at commit, not now: the downstream's copy of the header is added to the response later and would double it
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(CorrelationIds.HEADER, correlationId);
            return Mono.empty();
        });
        return chain.filter(exchange.mutate().request(request).build());
    }
}
