package dev.switchboard.gateway.ratelimit;

import dev.switchboard.gateway.problem.ProblemWriter;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Rate limits with their counts in this process ({@code switchboard.gateway.rate-limit.store=memory}, one gateway)
 * or in Redis ({@code redis}, the Spring profile {@code redis}, for several replicas behind one address).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimits.class)
class RateLimiting {

    @Bean
    Buckets rateLimitBuckets(RateLimits limits, ObjectProvider<RedisRateLimiter> redis) {
        return switch (limits.store()) {
            case MEMORY -> new InProcessBuckets(Clock.systemUTC());
            case REDIS -> new RedisBuckets(redis.getIfAvailable(() -> {
                throw new IllegalStateException("switchboard.gateway.rate-limit.store=redis needs spring.data.redis.* "
                        + "(the redis profile sets it)");
            }));
        };
    }

    @Bean
    RateLimitFilter rateLimitFilter(RateLimits limits, Buckets buckets, ProblemWriter writer) {
        return new RateLimitFilter(limits, buckets, writer);
    }
}
