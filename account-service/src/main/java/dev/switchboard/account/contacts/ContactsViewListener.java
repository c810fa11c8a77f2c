package dev.switchboard.account.contacts;

import dev.switchboard.events.account.AccountDeactivated;
import dev.switchboard.events.contact.ContactAccountLinked;
import dev.switchboard.events.contact.ContactAccountUnlinked;
import dev.switchboard.events.contact.ContactCreated;
import dev.switchboard.events.contact.ContactDeleted;
import dev.switchboard.events.contact.ContactMoved;
import dev.switchboard.events.contact.ContactPrimaryAccountChanged;
import dev.switchboard.events.contact.ContactPurged;
import dev.switchboard.events.contact.ContactRestored;
import dev.switchboard.events.contact.ContactUpdated;
import dev.switchboard.platform.events.CloudEventCodec;
import dev.switchboard.platform.events.DomainEvent;
import dev.switchboard.platform.events.Topics;
import dev.switchboard.platform.inbox.InOrder;
import dev.switchboard.platform.inbox.InboundEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the contacts view in step with contact-service's events, and with this service's own deactivations (read
 * back from its topic, so a deactivation saved is a deactivation applied, whatever happens in between). A contact's
 * events are applied in order, none over a gap. A contact leaving an account (or deleted) is announced before its link
 * is removed, so a retry after a failure announces it again.
 */
@Component
class ContactsViewListener {

    private static final String HANDLER = "account-contacts";

    private final InboundEvents inbound;
    private final CloudEventCodec codec;
    private final InOrder inOrder;
    private final ContactLinks links;
    private final ApplicationEventPublisher publisher;

    ContactsViewListener(InboundEvents inbound, CloudEventCodec codec, InOrder inOrder, ContactLinks links,
            ApplicationEventPublisher publisher) {
        this.inbound = inbound;
        this.codec = codec;
        this.inOrder = inOrder;
        this.links = links;
        this.publisher = publisher;
    }

    @KafkaListener(topics = {Topics.CONTACTS, Topics.ACCOUNTS})
    void on(ConsumerRecord<String, String> record) {
        inbound.handle(HANDLER, record, event -> {
            if (Topics.CONTACTS.equals(record.topic())) {
                inOrder.apply(HANDLER, event, this::apply);
            } else {
                codec.dataOf(event).ifPresent(this::apply);
            }
        });
    }

    private void apply(DomainEvent event) {
        switch (event) {
            case ContactCreated(var contactId, var version, var details, var accountId) ->
                    links.linkNew(contactId, accountId, details);
            case ContactUpdated(var contactId, var version, var changes, var details) ->
                    links.describe(contactId, details);
            case ContactAccountLinked(var contactId, var version, var accountId, var active, var wasActive,
                    var primaryAccountId) -> {
                links.link(contactId, accountId, active);
                links.markPrimary(contactId, primaryAccountId);
            }
            case ContactAccountUnlinked(var contactId, var version, var accountId, var wasActive,
                    var primaryAccountId) -> {
                leave(accountId, contactId);
                links.markPrimary(contactId, primaryAccountId);
            }
            case ContactPrimaryAccountChanged(var contactId, var version, var primaryAccountId, var previousAccountId) ->
                    links.markPrimary(contactId, primaryAccountId);
            case ContactMoved(var contactId, var version, var fromAccountId, var toAccountId,
                    var previousPrimaryAccountId, var primaryAccountId) -> {
                links.link(contactId, toAccountId, true);
                if (!toAccountId.equals(fromAccountId)) {
                    leave(fromAccountId, contactId);
                }
                links.markPrimary(contactId, primaryAccountId);
            }
            case ContactDeleted(var contactId, var version) -> {
                // the deletion guard refuses a primary; should a race slip past it, the roles are released here
                links.accountsOf(contactId).forEach(accountId -> publisher.publishEvent(
                        new ContactLeftAccount(accountId, contactId)));
                links.markDeleted(contactId, true);
            }
            case ContactRestored(var contactId, var version) -> links.markDeleted(contactId, false);
            case ContactPurged(var contactId, var version) -> {
                links.accountsOf(contactId).forEach(accountId -> publisher.publishEvent(
                        new ContactLeftAccount(accountId, contactId)));
                links.forget(contactId);
            }
            case AccountDeactivated(var accountId, var version) -> links.deactivateLinksOf(accountId);
            default -> {
            }
        }
    }

    private void leave(String accountId, String contactId) {
        publisher.publishEvent(new ContactLeftAccount(accountId, contactId));
        links.unlink(contactId, accountId);
    }
}
