package dev.switchboard.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.gateway.ratelimit.Buckets.Verdict;
import dev.switchboard.gateway.ratelimit.RateLimits.Limit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InProcessBucketsTest {

    private static final Limit FIVE_A_MINUTE = new Limit(5, Duration.ofMinutes(1));

    private Instant now = Instant.parse("2026-11-25T12:00:00Z");
    private final InProcessBuckets buckets = new InProcessBuckets(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void aBurstUpToTheLimitPassesAndTheNextRequestWaitsForItsShare() {
        for (int i = 0; i < 5; i++) {
            assertThat(take("alice").allowed()).as("request " + (i + 1)).isTrue();
        }
        Verdict refused = take("alice");

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void theAllowanceRefillsEvenlyOverThePeriod() {
        for (int i = 0; i < 5; i++) {
            take("alice");
        }
        now = now.plusSeconds(7);
        assertThat(take("alice").retryAfter()).isEqualTo(Duration.ofSeconds(5));

        now = now.plusSeconds(5);
        assertThat(take("alice").allowed()).isTrue();
        assertThat(take("alice").allowed()).isFalse();
    }

    @Test
    void eachKeyHasItsOwnBucket() {
        for (int i = 0; i < 5; i++) {
            take("alice");
        }

        assertThat(take("alice").allowed()).isFalse();
        assertThat(take("bob").allowed()).isTrue();
    }

    @Test
    void refilledBucketsAreDroppedOnceManyKeysAreHeld() {
        for (int i = 0; i <= 10_000; i++) {
            take("address-" + i);
        }
        now = now.plus(Duration.ofMinutes(1));

        take("one-more");

        assertThat(buckets.size()).isEqualTo(1);
    }

    private Verdict take(String key) {
        return buckets.take(key, FIVE_A_MINUTE).block();
    }
}
