package dev.switchboard.contact.history;

import dev.switchboard.platform.events.CloudEventCodec;
import dev.switchboard.platform.events.Topics;
import dev.switchboard.platform.inbox.InboundEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Credentials and achievements, as identity- and achievement-service announce them, feed the deletion guard. */
@Component
class OtherServicesListener {

    private final InboundEvents inbound;
    private final CloudEventCodec codec;
    private final DeletionGuard guard;

    OtherServicesListener(InboundEvents inbound, CloudEventCodec codec, DeletionGuard guard) {
        this.inbound = inbound;
        this.codec = codec;
        this.guard = guard;
    }

    @KafkaListener(topics = {Topics.IDENTITY, Topics.ACHIEVEMENTS})
    void on(ConsumerRecord<String, String> record) {
        inbound.handle("deletion-guard", record, event -> codec.dataOf(event).ifPresent(guard::apply));
    }
}
