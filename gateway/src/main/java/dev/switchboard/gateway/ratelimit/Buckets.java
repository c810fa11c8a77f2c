package dev.switchboard.gateway.ratelimit;

import dev.switchboard.gateway.ratelimit.RateLimits.Limit;
import java.time.Duration;
import reactor.core.publisher.Mono;

/** Token buckets, one per key: each request takes one request's share of its key's limit. */
interface Buckets {

    Mono<Verdict> take(String key, Limit limit);

    /** Whether the request may pass; if not, how long until it would. */
    record Verdict(boolean allowed, Duration retryAfter) {

        static Verdict allow() {
            return new Verdict(true, Duration.ZERO);
        }
    }
}
