package dev.switchboard.webhook.delivery;

import dev.switchboard.events.contact.ContactPurged;
import dev.switchboard.platform.events.CloudEvent;
import dev.switchboard.platform.events.EventTypes;
import dev.switchboard.platform.events.Topics;
import dev.switchboard.platform.inbox.InboundEvents;
import dev.switchboard.webhook.subscription.Subscription;
import dev.switchboard.webhook.subscription.Subscriptions;
import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Queues every domain event for each subscription that wants its type, as the exact CloudEvent that was published.
 * It subscribes by pattern, like audit-service, so a new service's topic is followed without a change here. A
 * contact's purge blanks what was kept of the contact's earlier events.
 */
@Component
class DeliveryQueue {

    private static final String HANDLER = "webhooks";
    private static final String PURGED = EventTypes.typeOf(ContactPurged.class);

    private final InboundEvents inbound;
    private final Subscriptions subscriptions;
    private final DeliveryRepository deliveries;
    private final Clock clock;

    DeliveryQueue(InboundEvents inbound, Subscriptions subscriptions, DeliveryRepository deliveries, Clock clock) {
        this.inbound = inbound;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @KafkaListener(topicPattern = Topics.ALL_DOMAIN_TOPICS,
            properties = "metadata.max.age.ms=${switchboard.webhooks.topic-refresh-ms:10000}")
    void on(ConsumerRecord<String, String> record) {
        inbound.handle(HANDLER, record, event -> queue(record, event));
    }

    private void queue(ConsumerRecord<String, String> record, CloudEvent event) {
        if (PURGED.equals(event.type())) {
            forgetPersonOf(record);
        }
        for (Subscription subscription : subscriptions.wanting(event.type())) {
            Delivery delivery = Delivery.queue(subscription.id(), event.id(), event.type(), event.time(),
                    record.topic() + "/" + record.key(), record.offset(), record.value(), clock.instant());
            try {
                deliveries.insert(delivery);
            } catch (DuplicateKeyException alreadyQueued) {
                // the event was handled before and its delivery queued then
            }
        }
    }

    /**
     * A purged contact's earlier events were kept as sent, with the person's details: their bodies are blanked. The
     * purge event itself is still delivered, so subscribers learn to forget the person too.
     */
    private void forgetPersonOf(ConsumerRecord<String, String> purge) {
        for (Delivery delivery : deliveries.findByEntityKeyAndErasedFalse(purge.topic() + "/" + purge.key())) {
            delivery.erase();
            deliveries.save(delivery);
        }
    }
}
