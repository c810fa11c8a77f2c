package dev.switchboard.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.http.HttpMethod;
import org.springframework.util.AntPathMatcher;

/**
 * How many requests each caller may send, from {@code switchboard.gateway.rate-limit}: per signed-in user (the token's
 * subject), per client (the token's {@code azp}: all users of one client together), per address without a token,
 * and stricter limits for some paths on top of those.
 */
@ConfigurationProperties("switchboard.gateway.rate-limit")
record RateLimits(Store store, Limit user, Limit client, Map<String, Limit> clients, Limit anonymous,
        List<PathLimit> paths, List<String> trustedProxies) {

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    RateLimits {
        clients = clients == null ? Map.of() : Map.copyOf(clients);
        paths = paths == null ? List.of() : List.copyOf(paths);
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    }

    Limit forClient(String clientId) {
        return clients.getOrDefault(clientId, client);
    }

    /** Where the counts live: in this process (one gateway), or in Redis, shared by every replica. */
    enum Store {
        MEMORY, REDIS
    }

    /** At most {@code requests} per {@code per}, in a burst too; the allowance refills evenly over {@code per}. */
    record Limit(long requests, Duration per) {

        Limit {
            if (requests < 1 || per == null || per.toMillis() < 1000 || per.toMillis() % 1000 != 0) {
                throw new IllegalArgumentException("A rate limit needs at least one request per a whole number of seconds");
            }
        }

        /** How long one more request waits for its share of the allowance when none is left. */
        Duration interval() {
            return per.dividedBy(requests);
        }
    }

    /** A stricter limit for one method and path pattern (Ant style), counted per caller and per rule. */
    record PathLimit(HttpMethod method, String path, long requests, Duration per) {

        Limit limit() {
            return new Limit(requests, per);
        }

        boolean matches(HttpMethod requestMethod, String requestPath) {
            return (method == null || method.equals(requestMethod)) && PATHS.match(path, requestPath);
        }
    }
}
