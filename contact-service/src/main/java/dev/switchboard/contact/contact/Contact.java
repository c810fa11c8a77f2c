package dev.switchboard.contact.contact;

import dev.switchboard.events.contact.ContactAccountLinked;
import dev.switchboard.events.contact.ContactAccountUnlinked;
import dev.switchboard.events.contact.ContactCreated;
import dev.switchboard.events.contact.ContactDeleted;
import dev.switchboard.events.contact.ContactDetails;
import dev.switchboard.events.contact.ContactMoved;
import dev.switchboard.events.contact.ContactPrimaryAccountChanged;
import dev.switchboard.events.contact.ContactPurged;
import dev.switchboard.events.contact.ContactRestored;
import dev.switchboard.events.contact.ContactUpdated;
import dev.switchboard.platform.domain.DomainRuleViolation;
import dev.switchboard.platform.events.Address;
import dev.switchboard.platform.events.FieldChange;
import dev.switchboard.platform.events.Fields;
import dev.switchboard.platform.outbox.OutboxDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person: details an editor sets, links to one or more accounts (exactly one of them primary), and a deleted
 * state. Each change raises its event in the same write. Purging keeps only the id and the purge time, so the
 * ContactPurged event is delivered like any other and the id is never reused.
 */
@Document("contacts")
public class Contact extends OutboxDocument {

    @Id
    private String id;
    private ContactDetails details;
    private List<AccountLink> accounts = new ArrayList<>();
    @Indexed
    private String primaryAccountId;
    private boolean deleted;
    private Instant deletedAt;
    private boolean purged;
    private Instant createdAt;
    private Instant updatedAt;

    public static Contact create(ContactDetails details, String accountId, Instant now) {
        Contact contact = new Contact();
        contact.id = UUID.randomUUID().toString();
        contact.details = details;
        contact.accounts.add(new AccountLink(accountId, true));
        contact.primaryAccountId = accountId;
        contact.createdAt = now;
        contact.touch(now);
        contact.raise(new ContactCreated(contact.id, contact.nextVersion(), details, accountId));
        return contact;
    }

    /** Replaces the details; only what differs is reported, and nothing at all if nothing does. */
    void update(ContactDetails newDetails, Instant now) {
        List<FieldChange> changes = Fields.changesBetween(Fields.of("", details), Fields.of("", newDetails));
        if (!changes.isEmpty()) {
            details = newDetails;
            touch(now);
            raise(new ContactUpdated(id, nextVersion(), changes, newDetails));
        }
    }

    /** Refuses a user's change while the contact is deleted; {@code remedy} says what to do first. */
    void requireNotDeleted(String remedy) {
        if (deleted) {
            throw DomainRuleViolation.conflict("The contact is deleted.", List.of(remedy));
        }
    }

    /** Links the contact to an account, or changes an existing link's active state. */
    void link(String accountId, boolean active, Instant now) {
        Optional<AccountLink> existing = linkTo(accountId);
        if (existing.isPresent() && existing.get().active() == active) {
            return;
        }
        if (!active && accountId.equals(primaryAccountId)) {
            throw DomainRuleViolation.conflict("The primary account's link must stay active.",
                    List.of("make another account primary first"));
        }
        Boolean wasActive = existing.map(AccountLink::active).orElse(null);
        accounts.removeIf(link -> link.accountId().equals(accountId));
        accounts.add(new AccountLink(accountId, active));
        touch(now);
        raise(new ContactAccountLinked(id, nextVersion(), accountId, active, wasActive, primaryAccountId));
    }

    /** Marks the link inactive because the account was deactivated; the primary link too, unlike a user's request. */
    boolean deactivateLink(String accountId, Instant now) {
        Optional<AccountLink> existing = linkTo(accountId);
        if (existing.isEmpty() || !existing.get().active()) {
            return false;
        }
        accounts.replaceAll(link -> link.accountId().equals(accountId) ? new AccountLink(accountId, false) : link);
        touch(now);
        raise(new ContactAccountLinked(id, nextVersion(), accountId, false, true, primaryAccountId));
        return true;
    }

    void unlink(String accountId, Instant now) {
        AccountLink link = requireLink(accountId);
        if (accounts.size() == 1) {
            throw DomainRuleViolation.conflict("A contact must stay linked to at least one account.",
                    List.of("account " + accountId + " is the contact's only account"));
        }
        if (accountId.equals(primaryAccountId)) {
            throw DomainRuleViolation.conflict("The primary account cannot be unlinked.",
                    List.of("make another account primary first"));
        }
        accounts.remove(link);
        touch(now);
        raise(new ContactAccountUnlinked(id, nextVersion(), accountId, link.active(), primaryAccountId));
    }

    void makePrimary(String accountId, Instant now) {
        AccountLink link = requireLink(accountId);
        if (accountId.equals(primaryAccountId)) {
            return;
        }
        if (!link.active()) {
            throw DomainRuleViolation.unprocessable("The link to account " + accountId + " is inactive; activate it first.");
        }
        String previous = primaryAccountId;
        primaryAccountId = accountId;
        touch(now);
        raise(new ContactPrimaryAccountChanged(id, nextVersion(), accountId, previous));
    }

    /** Seed's "Move": the contact leaves one account for another, which becomes primary if the old one was. */
    void move(String fromAccountId, String toAccountId, Instant now) {
        requireLink(fromAccountId);
        if (fromAccountId.equals(toAccountId)) {
            throw DomainRuleViolation.unprocessable("A contact cannot move to the account it is moving from.");
        }
        String previousPrimary = primaryAccountId;
        accounts.removeIf(link -> link.accountId().equals(fromAccountId) || link.accountId().equals(toAccountId));
        accounts.add(new AccountLink(toAccountId, true));
        if (fromAccountId.equals(primaryAccountId)) {
            primaryAccountId = toAccountId;
        }
        touch(now);
        raise(new ContactMoved(id, nextVersion(), fromAccountId, toAccountId, previousPrimary, primaryAccountId));
    }

    void copyAddresses(List<Address> addresses, Instant now) {
        update(details.toBuilder().addresses(addresses).build(), now);
    }

    boolean delete(Instant now) {
        if (deleted) {
            return false;
        }
        deleted = true;
        deletedAt = now;
        touch(now);
        raise(new ContactDeleted(id, nextVersion()));
        return true;
    }

    void restore(Instant now) {
        if (deleted) {
            deleted = false;
            deletedAt = null;
            touch(now);
            raise(new ContactRestored(id, nextVersion()));
        }
    }

    /** Removes everything known about the person; only the id and the time remain. Only a deleted contact goes. */
    void purge(Instant now) {
        if (!deleted) {
            throw DomainRuleViolation.conflict("Only a deleted contact can be purged.", List.of("delete it first"));
        }
        details = null;
        accounts = new ArrayList<>();
        primaryAccountId = null;
        purged = true;
        createdAt = null;
        updatedAt = now;
        raise(new ContactPurged(id, nextVersion()));
    }

    AccountLink requireLink(String accountId) {
        return linkTo(accountId).orElseThrow(() ->
                DomainRuleViolation.unprocessable("The contact is not linked to account " + accountId + "."));
    }

    Optional<AccountLink> linkTo(String accountId) {
        return accounts.stream().filter(link -> link.accountId().equals(accountId)).findFirst();
    }

    private void touch(Instant now) {
        updatedAt = now;
    }

    public String id() {
        return id;
    }

    public ContactDetails details() {
        return details;
    }

    public List<AccountLink> accounts() {
        return List.copyOf(accounts);
    }

    public String primaryAccountId() {
        return primaryAccountId;
    }

    public boolean deleted() {
        return deleted;
    }

    public Instant deletedAt() {
        return deletedAt;
    }

    public boolean purged() {
        return purged;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
