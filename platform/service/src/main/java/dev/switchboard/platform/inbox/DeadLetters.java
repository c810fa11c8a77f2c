package dev.switchboard.platform.inbox;

import dev.switchboard.platform.events.MalformedEventException;
import dev.switchboard.platform.events.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.ContainerPausingBackOffHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerContainerPauseService;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * What a listener does with an event it fails to handle. A transient failure is retried without limit, with a
 * back-off growing to a cap, pausing only that partition; an event that fails otherwise is retried a few times and
 * then parked on {@code <topic>.DLT}, with the consumer group that failed it, and the partition moves on.
 */
final class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private DeadLetters() {
    }

    static DefaultErrorHandler errorHandler(KafkaOperations<?, ?> template, InboxProperties properties,
            ListenerContainerPauseService pauses, StalledPartitions stalls, MeterRegistry meters) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, failure) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        ExponentialBackOff poison = new ExponentialBackOff(properties.initialBackOff().toMillis(), 2.0);
        poison.setMaxAttempts(properties.retries());
        DefaultErrorHandler handler = new DefaultErrorHandler((ConsumerAwareRecordRecoverer) (record, consumer, failure) -> {
            log.error("Dead-lettering event at {}-{}@{} for consumer group {} after it failed for good: {}",
                    record.topic(), record.partition(), record.offset(), consumer.groupMetadata().groupId(),
                    NestedExceptionUtils.getMostSpecificCause(failure).toString());
            meters.counter("switchboard.dead.letters", "topic", record.topic(),
                    "group", consumer.groupMetadata().groupId()).increment();
            recoverer.accept(record, consumer, failure);
        }, poison, new ContainerPausingBackOffHandler(pauses));
        BackOff transientBackOff = transientBackOff(properties);
        handler.setBackOffFunction((record, failure) -> TransientFailures.isTransient(failure) ? transientBackOff : null);
        handler.setResetStateOnExceptionChange(true);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        handler.setRetryListeners(new RetryListener() {
            @Override
            public void failedDelivery(ConsumerRecord<?, ?> record, Exception failure, int attempt) {
                if (TransientFailures.isTransient(failure)) {
                    stalls.failed(record, failure, attempt);
                    if (attempt == 1 || attempt % 10 == 0) {
                        log.warn("Event at {}-{}@{} waits for a transient failure to pass (attempt {}): {}",
                                record.topic(), record.partition(), record.offset(), attempt,
                                NestedExceptionUtils.getMostSpecificCause(failure).toString());
                    }
                }
            }

            @Override
            public void recovered(ConsumerRecord<?, ?> record, Exception failure) {
                stalls.passed(record);
            }
        });
        return handler;
    }

    private static BackOff transientBackOff(InboxProperties properties) {
        ExponentialBackOff backOff = new ExponentialBackOff(properties.initialBackOff().toMillis(), 2.0);
        backOff.setMaxInterval(properties.maxBackOff().toMillis());
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        return backOff;
    }
}
