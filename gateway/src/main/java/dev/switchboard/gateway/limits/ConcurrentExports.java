package dev.switchboard.gateway.limits;

import dev.switchboard.gateway.problem.ProblemWriter;
import dev.switchboard.gateway.problem.Problems;
import dev.switchboard.platform.problems.ProblemTypes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * At most {@code switchboard.gateway.export.max-concurrent-per-user} CSV exports of one user at a time: each holds a
 * database cursor for minutes, so a few users cannot take every one. Counted per gateway replica. A user's export
 * counts until its last byte is sent or the caller goes away.
 */
@Component
class ConcurrentExports implements WebFilter, Ordered {

    static final String PATH = "/api/contacts/export";
    private static final String RETRY_AFTER_SECONDS = "30";

    private final int maxPerUser;
    private final ProblemWriter writer;
    private final Map<String, Integer> running = new ConcurrentHashMap<>();

    ConcurrentExports(@Value("${switchboard.gateway.export.max-concurrent-per-user}") int maxPerUser, ProblemWriter writer) {
        this.maxPerUser = maxPerUser;
        this.writer = writer;
    }

    @Override
    public int getOrder() {
        // after security (-100), which names the user, and after the rate limits
        return 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!HttpMethod.GET.equals(exchange.getRequest().getMethod())
                || !PATH.equals(exchange.getRequest().getPath().pathWithinApplication().value())) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal().map(user -> user.getName()).defaultIfEmpty("").flatMap(user -> {
            if (user.isEmpty()) {
                return chain.filter(exchange);
            }
            if (!admit(user)) {
                return refuse(exchange);
            }
            return chain.filter(exchange).doFinally(signal -> running.computeIfPresent(user,
                    (any, exports) -> exports == 1 ? null : exports - 1));
        });
    }

    private boolean admit(String user) {
        AtomicBoolean admitted = new AtomicBoolean();
        running.compute(user, (any, exports) -> {
            int now = exports == null ? 0 : exports;
            if (now >= maxPerUser) {
                return exports;
            }
            admitted.set(true);
            return now + 1;
        });
        return admitted.get();
    }

    private Mono<Void> refuse(ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        var problem = Problems.problem(HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.TOO_MANY_REQUESTS, "Too many requests",
                "You already run " + maxPerUser + " exports; start another once one has finished.");
        problem.setProperty("limit", "concurrent-exports");
        return writer.write(exchange.getResponse(), problem);
    }
}
