package dev.switchboard.platform.inbox;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Sees every record of every listener: skips a record replayed from a dead-letter topic for another consumer group
 * (each group that failed an event dead-letters it once, and a replay is meant for that group alone), and tells the
 * stall tracker when a partition moves again.
 */
class InboxInterceptor implements RecordInterceptor<Object, Object> {

    private final StalledPartitions stalls;

    InboxInterceptor(StalledPartitions stalls) {
        this.stalls = stalls;
    }

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        Header replayedFor = record.headers().lastHeader(DeadLetterReplay.REPLAYED_FOR_GROUP);
        if (replayedFor != null
                && !new String(replayedFor.value(), StandardCharsets.UTF_8).equals(consumer.groupMetadata().groupId())) {
            stalls.passed(record);
            return null;
        }
        return record;
    }

    @Override
    public void success(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        stalls.passed(record);
    }
}
