package dev.switchboard.platform.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The partitions whose next event waits for a transient failure to pass. While any does, the service is not ready:
 * the views it answers from are falling behind, and an operator should see why.
 */
public class StalledPartitions extends AbstractHealthIndicator {

    private final Map<TopicPartition, Stall> stalls = new ConcurrentHashMap<>();
    private final Clock clock;

    StalledPartitions(Clock clock) {
        this.clock = clock;
    }

    void failed(ConsumerRecord<?, ?> record, Exception failure, int attempt) {
        Instant now = clock.instant();
        stalls.merge(partitionOf(record), new Stall(record.offset(), now, attempt, describe(failure)),
                (before, after) -> before.offset() == after.offset()
                        ? new Stall(after.offset(), before.since(), attempt, after.cause())
                        : after);
    }

    void passed(ConsumerRecord<?, ?> record) {
        if (!stalls.isEmpty()) {
            stalls.remove(partitionOf(record));
        }
    }

    /** How long the longest stalled partition has been waiting; zero when none is. */
    public Duration longestStall() {
        Instant now = clock.instant();
        return stalls.values().stream().map(stall -> Duration.between(stall.since(), now))
                .max(Duration::compareTo).orElse(Duration.ZERO);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        if (stalls.isEmpty()) {
            builder.up();
            return;
        }
        Map<String, Object> details = new TreeMap<>();
        stalls.forEach((partition, stall) -> details.put(partition.toString(), Map.of(
                "offset", stall.offset(), "since", stall.since().toString(), "attempts", stall.attempts(),
                "cause", stall.cause())));
        builder.outOfService().withDetails(details);
    }

    private static TopicPartition partitionOf(ConsumerRecord<?, ?> record) {
        return new TopicPartition(record.topic(), record.partition());
    }

    private static String describe(Exception failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private record Stall(long offset, Instant since, int attempts, String cause) {
    }
}
