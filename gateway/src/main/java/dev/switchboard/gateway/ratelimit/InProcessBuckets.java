package dev.switchboard.gateway.ratelimit;

import dev.switchboard.gateway.ratelimit.RateLimits.Limit;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/**
 * The buckets in this process: right for one gateway (the embedded stack). Several replicas would each allow the whole
 * limit, so they share Redis instead ({@link RedisBuckets}). Buckets that have filled up again are dropped once many
 * keys are held, so that a stream of new addresses cannot fill the memory.
 */
class InProcessBuckets implements Buckets {

    private static final int SWEEP_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    InProcessBuckets(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Mono<Verdict> take(String key, Limit limit) {
        long now = clock.millis();
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        return Mono.just(buckets.computeIfAbsent(key, any -> new Bucket(limit, now)).take(now));
    }

    int size() {
        return buckets.size();
    }

    /**
     * The allowance in units of which every millisecond adds {@code requests} and a request costs the period's
     * milliseconds: whole numbers, so that the refill loses nothing to rounding.
     */
    private static final class Bucket {

        private final long perMillisecond;
        private final long cost;
        private final long capacity;
        private long level;
        private long updated;

        Bucket(Limit limit, long now) {
            perMillisecond = limit.requests();
            cost = limit.per().toMillis();
            capacity = Math.multiplyExact(perMillisecond, cost);
            level = capacity;
            updated = now;
        }

        synchronized Verdict take(long now) {
            refill(now);
            if (level >= cost) {
                level -= cost;
                return Verdict.allow();
            }
            return new Verdict(false, Duration.ofMillis(Math.ceilDiv(cost - level, perMillisecond)));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return level >= capacity;
        }

        private void refill(long now) {
            long elapsed = Math.max(0, now - updated);
            level = elapsed >= cost ? capacity : Math.min(capacity, level + elapsed * perMillisecond);
            updated = Math.max(updated, now);
        }
    }
}
