package dev.switchboard.contact.history;

import dev.switchboard.platform.events.Topics;
import dev.switchboard.platform.inbox.InOrder;
import dev.switchboard.platform.inbox.InboundEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Credentials and achievements, as identity- and achievement-service announce them, feed the deletion guard, each
 * one's events in order.
 */
@Component
class OtherServicesListener {

    private static final String HANDLER = "deletion-guard";

    private final InboundEvents inbound;
    private final InOrder inOrder;
    private final DeletionGuard guard;

    OtherServicesListener(InboundEvents inbound, InOrder inOrder, DeletionGuard guard) {
        this.inbound = inbound;
        this.inOrder = inOrder;
        this.guard = guard;
    }

    @KafkaListener(topics = {Topics.IDENTITY, Topics.ACHIEVEMENTS})
    void on(ConsumerRecord<String, String> record) {
        inbound.handle(HANDLER, record, event -> inOrder.apply(HANDLER, event, guard::apply));
    }
}
