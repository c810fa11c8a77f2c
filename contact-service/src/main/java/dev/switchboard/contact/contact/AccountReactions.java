package dev.switchboard.contact.contact;

import dev.switchboard.contact.accounts.AccountDirectory;
import dev.switchboard.contact.history.DeletionGuard;
import dev.switchboard.events.account.AccountDeactivated;
import dev.switchboard.events.account.AccountEvent;
import dev.switchboard.events.account.AccountUpdated;
import dev.switchboard.platform.events.DomainEvent;
import dev.switchboard.platform.events.Topics;
import dev.switchboard.platform.inbox.InOrder;
import dev.switchboard.platform.inbox.InboundEvents;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * What account events mean for contacts: the local account view follows them, primary contacts and roles feed the
 * deletion guard, a changed address reaches every contact with address sync on whose primary account it is (seed's
 * AutoSync; another linked account's address is not theirs to follow), and a deactivated account's links become
 * inactive. An account's events are applied in order, none over a gap. Each contact is saved on its own with its own
 * event, so a retry after a failure part-way redoes only what is left (a second copy of the same address changes
 * nothing).
 */
@Component
class AccountReactions {

    private static final String HANDLER = "account-reactions";

    private final InboundEvents inbound;
    private final InOrder inOrder;
    private final AccountDirectory directory;
    private final DeletionGuard guard;
    private static final int BATCH = 500;

    private final ContactRepository repository;
    private final Contacts contacts;
    private final SearchIndex index;

    AccountReactions(InboundEvents inbound, InOrder inOrder, AccountDirectory directory, DeletionGuard guard,
            ContactRepository repository, Contacts contacts, SearchIndex index) {
        this.index = index;
        this.inbound = inbound;
        this.inOrder = inOrder;
        this.directory = directory;
        this.guard = guard;
        this.repository = repository;
        this.contacts = contacts;
    }

    @KafkaListener(topics = Topics.ACCOUNTS)
    void on(ConsumerRecord<String, String> record) {
        inbound.handle(HANDLER, record, event -> inOrder.apply(HANDLER, event, this::react));
    }

    private void react(DomainEvent event) {
        if (event instanceof AccountEvent accountEvent) {
            directory.apply(accountEvent);
        }
        guard.apply(event);
        switch (event) {
            case AccountUpdated updated when updated.changes().stream().anyMatch(c -> c.field().equals("addresses")) ->
                    syncAddresses(updated);
            case AccountDeactivated deactivated -> deactivateLinks(deactivated.accountId());
            default -> {
                // nothing else about an account changes its contacts
            }
        }
    }

    private void syncAddresses(AccountUpdated updated) {
        forEachLinked(updated.accountId(), contact -> {
            if (!contact.deleted() && contact.details().addressSync()
                    && updated.accountId().equals(contact.primaryAccountId())
                    && contact.linkTo(updated.accountId()).map(AccountLink::active).orElse(false)) {
                contact.copyAddresses(updated.details().addresses(), contacts.now());
                contacts.save(contact);
            }
        });
    }

    private void deactivateLinks(String accountId) {
        forEachLinked(accountId, contact -> {
            if (contact.deactivateLink(accountId, contacts.now())) {
                contacts.save(contact);
            }
        });
    }

    /**
     * The account's contacts are found through the search index and read by id, since the embedded MongoDB would
     * read every contact to answer a query on their links.
     */
    private void forEachLinked(String accountId, Consumer<Contact> action) {
        index.forEachOfAccount(accountId, BATCH, ids -> repository.findAllById(ids).forEach(contact -> {
            if (!contact.purged() && contact.linkTo(accountId).isPresent()) {
                action.accept(contact);
            }
        }));
    }
}
