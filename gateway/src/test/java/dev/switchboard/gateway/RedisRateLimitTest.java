package dev.switchboard.gateway;

import static dev.switchboard.platform.testkit.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.platform.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The redis profile, as docker compose runs the gateway, here with no Redis to reach (nothing listens on port 1): the
 * counts are Redis's, and while it is away requests pass rather than every caller being refused.
 */
@RunningGateway
@ActiveProfiles("redis")
@TestPropertySource(properties = {"spring.data.redis.port=1", "spring.data.redis.connect-timeout=500ms",
        "switchboard.gateway.rate-limit.user.requests=1"})
class RedisRateLimitTest {

    @Autowired
    WebTestClient client;
    @Autowired
    ApplicationContext context;

    @Test
    void theRedisProfileCountsInRedisAndLetsRequestsThroughWhileRedisIsAway() {
        assertThat(context.getBean("rateLimitBuckets").getClass().getSimpleName()).isEqualTo("RedisBuckets");
        String token = TestTokens.user("redis-user", "viewer");

        for (int i = 0; i < 2; i++) {
            client.get().uri("/api/contacts/c-1").header("Authorization", bearer(token)).exchange().expectStatus().isOk();
        }
    }
}
