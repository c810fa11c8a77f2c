package dev.switchboard.platform.contactview;

import dev.switchboard.events.contact.ContactCreated;
import dev.switchboard.events.contact.ContactDeleted;
import dev.switchboard.events.contact.ContactDetails;
import dev.switchboard.events.contact.ContactPurged;
import dev.switchboard.events.contact.ContactRestored;
import dev.switchboard.events.contact.ContactUpdated;
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

/**
 * Keeps the contacts view in step with contact-service's events, each contact's in order. Every write sets values,
 * so applying an event again leaves the same document. Each contact event is then handed on in-process
 * ({@code @EventListener} of the event record), in the handler's thread, so what the service's features do about it
 * is caused by it and retried with it.
 */
class ContactsViewListener {

    static final String HANDLER = "contacts-view";

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
            case ContactCreated(var contactId, var version, var details, var accountId) ->
                    upsert(contactId, describe(details).set("deleted", false));
            case ContactUpdated(var contactId, var version, var changes, var details) ->
                    upsert(contactId, describe(details));
            case ContactDeleted(var contactId, var version) -> upsert(contactId, new Update().set("deleted", true));
            case ContactRestored(var contactId, var version) -> upsert(contactId, new Update().set("deleted", false));
            case ContactPurged(var contactId, var version) -> mongo.remove(byId(contactId), KnownContact.class);
            default -> {
                // links to accounts are not part of the view; features that care listen to them themselves
            }
        }
        publisher.publishEvent(event);
    }

    private static Update describe(ContactDetails details) {
        return new Update().set("firstName", details.firstName()).set("lastName", details.lastName())
                .set("primaryEmail", details.primaryEmail());
    }

    private void upsert(String contactId, Update update) {
        mongo.upsert(byId(contactId), update, KnownContact.class);
    }

    private static Query byId(String contactId) {
        return Query.query(Criteria.where("_id").is(contactId));
    }
}
