package dev.switchboard.platform.inbox;

import dev.switchboard.platform.web.ServiceUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Lets a decision wait for this service's views to apply what other services had published when the request
 * arrived. A rule decided on a view (may this contact be deleted, is this account active, does this contact belong
 * to the account) would otherwise race the events a client's previous request caused elsewhere: the producer
 * answered that request only after its events reached the broker, so once this service's consumer group has
 * committed up to the topic's end as it was now, the view has seen them. Waits at most the configured time, then
 * answers 503 with Retry-After. If the broker itself cannot be reached, the view is used as it is (and a warning
 * logged): nothing new can have been published meanwhile, and refusing every write while Kafka is away would be
 * worse than the rare race left.
 */
public class TopicCatchUp implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TopicCatchUp.class);
    private static final Duration BROKER_CALL = Duration.ofSeconds(2);
    private static final Duration BROKER_AWAY_PAUSE = Duration.ofSeconds(5);

    private final KafkaAdmin kafkaAdmin;
    private final String group;
    private final Duration timeout;
    private final Clock clock;
    private volatile Admin admin;
    private volatile Instant brokerAwayUntil = Instant.MIN;

    TopicCatchUp(KafkaAdmin kafkaAdmin, String group, Duration timeout, Clock clock) {
        this.kafkaAdmin = kafkaAdmin;
        this.group = group;
        this.timeout = timeout;
        this.clock = clock;
    }

    /** Returns once this service's consumers have handled everything on the topics that was there on the call. */
    public void await(String... topics) {
        if (clock.instant().isBefore(brokerAwayUntil)) {
            return;
        }
        try {
            Map<TopicPartition, Long> ends = endOffsets(List.of(topics));
            Instant deadline = clock.instant().plus(timeout);
            while (!caughtUp(ends)) {
                if (clock.instant().isAfter(deadline)) {
                    throw new ServiceUnavailableException("This service has not yet applied the latest events of "
                            + Arrays.toString(topics) + "; retry shortly.");
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException("Interrupted while catching up with " + Arrays.toString(topics));
        } catch (ServiceUnavailableException e) {
            throw e;
        } catch (Exception e) {
            brokerAwayUntil = clock.instant().plus(BROKER_AWAY_PAUSE);
            log.warn("Kafka cannot be asked how far {} has come; deciding on the views as they are: {}", group,
                    e.toString());
        }
    }

    private Map<TopicPartition, Long> endOffsets(List<String> topics) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (String topic : topics) {
            try {
                TopicDescription description = admin().describeTopics(List.of(topic)).allTopicNames()
                        .get(BROKER_CALL.toMillis(), TimeUnit.MILLISECONDS).get(topic);
                description.partitions().forEach(partition ->
                        latest.put(new TopicPartition(topic, partition.partition()), OffsetSpec.latest()));
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
                // a topic nobody created yet holds nothing to catch up with
            }
        }
        Map<TopicPartition, Long> ends = new HashMap<>();
        if (!latest.isEmpty()) {
            admin().listOffsets(latest).all().get(BROKER_CALL.toMillis(), TimeUnit.MILLISECONDS)
                    .forEach((partition, info) -> {
                        if (info.offset() > 0) {
                            ends.put(partition, info.offset());
                        }
                    });
        }
        return ends;
    }

    private boolean caughtUp(Map<TopicPartition, Long> ends) throws Exception {
        if (ends.isEmpty()) {
            return true;
        }
        Map<TopicPartition, OffsetAndMetadata> committed = admin().listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(BROKER_CALL.toMillis(), TimeUnit.MILLISECONDS);
        return ends.entrySet().stream().allMatch(end -> {
            OffsetAndMetadata done = committed.get(end.getKey());
            return done != null && done.offset() >= end.getValue();
        });
    }

    private Admin admin() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    admin = Admin.create(kafkaAdmin.getConfigurationProperties());
                }
            }
        }
        return admin;
    }

    @Override
    public void destroy() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
