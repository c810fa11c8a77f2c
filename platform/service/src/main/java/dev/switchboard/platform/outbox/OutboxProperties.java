package dev.switchboard.platform.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where a service publishes.
 *
 * @param topic         the service's one topic
 * @param source        the CloudEvents source of its events
 * @param sweepInterval how often unsent events are looked for (crash recovery)
 * @param sendTimeout   how long one send may wait for the broker's acknowledgement
 * @param awaitSend     how long a save waits for its events to reach the broker before it returns anyway
 * @param partitions    partitions of the topic (and its dead-letter topic) when this service creates it
 * @param replicas      replication factor of the topic when this service creates it
 */
@ConfigurationProperties("switchboard.events")
public record OutboxProperties(String topic, String source, Duration sweepInterval, Duration sendTimeout,
        Duration awaitSend, Integer partitions, Short replicas) {

    public OutboxProperties {
        partitions = partitions == null ? 3 : partitions;
        replicas = replicas == null ? 1 : replicas;
        sweepInterval = sweepInterval == null ? Duration.ofSeconds(5) : sweepInterval;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
        awaitSend = awaitSend == null ? Duration.ofSeconds(2) : awaitSend;
    }
}
