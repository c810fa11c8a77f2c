package dev.switchboard.gateway.ratelimit;

import dev.switchboard.gateway.ratelimit.RateLimits.Limit;
import java.time.Duration;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import reactor.core.publisher.Mono;

/**
 * The buckets in Redis, shared by every gateway replica: Spring Cloud Gateway's {@link RedisRateLimiter} (one atomic
 * script per request). Its rates are whole tokens per second, so a request costs as many tokens as its limit's period
 * has seconds and the bucket refills {@code requests} tokens a second: 5 per minute is 60 tokens a request, 5 a
 * second, 300 at most. While Redis cannot be reached it lets requests through rather than refuse everyone.
 */
class RedisBuckets implements Buckets {

    private final RedisRateLimiter redis;

    RedisBuckets(RedisRateLimiter redis) {
        this.redis = redis;
    }

    @Override
    public Mono<Verdict> take(String key, Limit limit) {
        String name = limit.requests() + "/" + limit.per().toSeconds() + "s";
        RedisRateLimiter.Config config = redis.getConfig().computeIfAbsent(name, any -> new RedisRateLimiter.Config()
                .setReplenishRate(Math.toIntExact(limit.requests()))
                .setBurstCapacity(limit.requests() * limit.per().toSeconds())
                .setRequestedTokens(Math.toIntExact(limit.per().toSeconds())));
        return redis.isAllowed(name, key).map(response -> response.isAllowed() ? Verdict.allow()
                : new Verdict(false, retryAfter(response.getHeaders().get(RedisRateLimiter.REMAINING_HEADER), config, limit)));
    }

    private static Duration retryAfter(String remaining, RedisRateLimiter.Config config, Limit limit) {
        if (remaining == null || Long.parseLong(remaining) < 0) {
            return limit.interval();
        }
        long missing = Math.max(1, config.getRequestedTokens() - Long.parseLong(remaining));
        return Duration.ofSeconds(Math.ceilDiv(missing, config.getReplenishRate()));
    }
}
