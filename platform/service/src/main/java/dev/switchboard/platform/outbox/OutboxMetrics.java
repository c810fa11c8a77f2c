package dev.switchboard.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;

/**
 * How far the outbox is behind, read from the pending markers at each scrape: {@code switchboard_outbox_pending}
 * (documents holding unsent events) and {@code switchboard_outbox_oldest_age_seconds} (since the longest-waiting of
 * them was saved; 0 when nothing waits).
 */
class OutboxMetrics implements MeterBinder {

    private final PendingOutboxes pending;
    private final Clock clock;

    OutboxMetrics(PendingOutboxes pending, Clock clock) {
        this.pending = pending;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("switchboard.outbox.pending", pending, PendingOutboxes::count)
                .description("Documents holding events not yet acknowledged by Kafka")
                .register(registry);
        Gauge.builder("switchboard.outbox.oldest.age", this, OutboxMetrics::oldestAgeSeconds)
                .description("Age of the oldest event not yet acknowledged by Kafka")
                .baseUnit("seconds")
                .register(registry);
    }

    private double oldestAgeSeconds() {
        return pending.oldestMark()
                .map(marked -> Math.max(0, Duration.between(marked, clock.instant()).toMillis() / 1000.0))
                .orElse(0.0);
    }
}
