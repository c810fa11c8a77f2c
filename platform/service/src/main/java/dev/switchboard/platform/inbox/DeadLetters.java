package dev.switchboard.platform.inbox;

import dev.switchboard.platform.events.MalformedEventException;
import dev.switchboard.platform.events.Topics;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/** Retries a failing message a few times with back-off, then parks it on {@code <topic>.DLT} and moves on. */
final class DeadLetters {

    private DeadLetters() {
    }

    static DefaultErrorHandler errorHandler(KafkaOperations<?, ?> template, InboxProperties properties) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, failure) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        ExponentialBackOff backOff = new ExponentialBackOff(properties.initialBackOff().toMillis(), 2.0);
        backOff.setMaxAttempts(properties.retries());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        return handler;
    }
}
