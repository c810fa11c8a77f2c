package dev.switchboard.achievement.contacts;

import dev.switchboard.events.contact.ContactCreated;
import dev.switchboard.events.contact.ContactDeleted;
import dev.switchboard.events.contact.ContactPurged;
import dev.switchboard.events.contact.ContactRestored;
import dev.switchboard.platform.events.DomainEvent;
import dev.switchboard.platform.events.Topics;
import dev.switchboard.platform.inbox.InOrder;
import dev.switchboard.platform.inbox.InboundEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the contacts view in step with contact-service's events, each contact's in order. Every write sets values,
 * so applying an event again leaves the same document. Each event is then handed on in-process, in the handler's
 * thread, so what other features do about it (anonymising a purged contact's achievements) is retried with it.
 */
@Component
class ContactsViewListener {

    private static final String HANDLER = "achievement-contacts";

    private final InboundEvents inbound;
    private final InOrder inOrder;
    private final MongoTemplate mongo;
    private final ApplicationEventPublisher publisher;

    ContactsViewListener(InboundEvents inbound, InOrder inOrder, MongoTemplate mongo,
            ApplicationEventPublisher publisher) {
        this.inbound = inbound;
        this.inOrder = inOrder;
        this.mongo = mongo;
        this.publisher = publisher;
    }

    @KafkaListener(topics = Topics.CONTACTS)
    void on(ConsumerRecord<String, String> record) {
        inbound.handle(HANDLER, record, event -> inOrder.apply(HANDLER, event, this::apply));
    }

    private void apply(DomainEvent event) {
        switch (event) {
            case ContactCreated created -> markDeleted(created.contactId(), false);
            case ContactDeleted deleted -> markDeleted(deleted.contactId(), true);
            case ContactRestored restored -> markDeleted(restored.contactId(), false);
            case ContactPurged purged -> mongo.remove(byId(purged.contactId()), KnownContact.class);
            default -> {
                // details and links to accounts say nothing about achievements
            }
        }
        publisher.publishEvent(event);
    }

    private void markDeleted(String contactId, boolean deleted) {
        mongo.upsert(byId(contactId), new Update().set("deleted", deleted), KnownContact.class);
    }

    private static Query byId(String contactId) {
        return Query.query(Criteria.where("_id").is(contactId));
    }
}
