package dev.switchboard.gateway.ratelimit;

import dev.switchboard.gateway.problem.ProblemWriter;
import dev.switchboard.gateway.problem.Problems;
import dev.switchboard.gateway.ratelimit.Buckets.Verdict;
import dev.switchboard.gateway.ratelimit.RateLimits.Limit;
import dev.switchboard.platform.problems.ProblemTypes;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Counts every API request against its caller's limits and refuses one over a limit with a 429 problem and
 * {@code Retry-After}. After security, so that a signed-in caller is counted by its token's subject and client; the
 * gateway's own answers (the contact profile) are counted like the routes.
 */
class RateLimitFilter implements WebFilter, Ordered {

    /** Spring Security's filter chain runs at -100. */
    static final int ORDER = 0;

    private final RateLimits limits;
    private final Buckets buckets;
    private final ProblemWriter writer;
    private final ClientAddress addresses;

    RateLimitFilter(RateLimits limits, Buckets buckets, ProblemWriter writer) {
        this.limits = limits;
        this.buckets = buckets;
        this.writer = writer;
        this.addresses = new ClientAddress(limits.trustedProxies());
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().pathWithinApplication().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal().map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMapMany(caller -> Flux.fromIterable(countsFor(exchange.getRequest(), caller.orElse(null))))
                .concatMap(count -> buckets.take(count.key(), count.limit()).map(verdict -> new Refusal(count, verdict)))
                .filter(refusal -> !refusal.verdict().allowed())
                .next()
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(refusal -> refusal.isPresent() ? refuse(exchange, refusal.get()) : chain.filter(exchange));
    }

    /** The buckets a request is counted in: its caller's, its client's, and those of the stricter rules it falls under. */
    private List<Count> countsFor(ServerHttpRequest request, Principal caller) {
        List<Count> counts = new ArrayList<>();
        String callerKey;
        if (caller instanceof JwtAuthenticationToken token) {
            callerKey = "user:" + token.getToken().getSubject();
            counts.add(new Count(callerKey, limits.user(), "user"));
            String client = clientOf(token.getToken());
            if (client != null) {
                counts.add(new Count("client:" + client, limits.forClient(client), "client"));
            }
        } else {
            callerKey = "address:" + addresses.of(request);
            counts.add(new Count(callerKey, limits.anonymous(), "address"));
        }
        String path = request.getPath().pathWithinApplication().value();
        for (int rule = 0; rule < limits.paths().size(); rule++) {
            RateLimits.PathLimit pathLimit = limits.paths().get(rule);
            if (pathLimit.matches(request.getMethod(), path)) {
                counts.add(new Count("path" + rule + ":" + callerKey, pathLimit.limit(), "path"));
            }
        }
        return counts;
    }

    private static String clientOf(Jwt token) {
        String azp = token.getClaimAsString("azp");
        return azp != null ? azp : token.getClaimAsString("client_id");
    }

    private Mono<Void> refuse(ServerWebExchange exchange, Refusal refusal) {
        long seconds = Math.max(1, (refusal.verdict().retryAfter().toMillis() + 999) / 1000);
        Limit limit = refusal.count().limit();
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        var problem = Problems.problem(HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.TOO_MANY_REQUESTS, "Too many requests",
                "More than " + limit.requests() + " requests in " + limit.per().toSeconds() + " s for this "
                        + refusal.count().scope() + "; retry in " + seconds + " s.");
        problem.setProperty("limit", refusal.count().scope());
        return writer.write(exchange.getResponse(), problem);
    }

    /** One bucket to count the request in; {@code scope} names it to the caller: user, client, address or path. */
    private record Count(String key, Limit limit, String scope) {
    }

    private record Refusal(Count count, Verdict verdict) {
    }
}
