package dev.switchboard.account.account;

import dev.switchboard.events.account.AccountCreated;
import dev.switchboard.events.account.AccountDeactivated;
import dev.switchboard.events.account.AccountDetails;
import dev.switchboard.events.account.AccountReactivated;
import dev.switchboard.events.account.AccountUpdated;
import dev.switchboard.events.account.PrimaryContactAssigned;
import dev.switchboard.events.account.PrimaryContactRemoved;
import dev.switchboard.events.account.PrimaryRoleAssigned;
import dev.switchboard.events.account.PrimaryRoleRemoved;
import dev.switchboard.platform.events.FieldChange;
import dev.switchboard.platform.events.Fields;
import dev.switchboard.platform.outbox.OutboxDocument;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A company or organisation that contacts belong to. Each change raises its event, with a version of its own; a
 * request that changes nothing raises nothing and leaves the version as it was.
 */
@Document("accounts")
public class Account extends OutboxDocument {

    @Id
    private String id;
    private AccountDetails details;
    private boolean active;
    private String primaryContactId;
    /** Role → the contact holding it; a contact may hold several roles, a role has one holder. */
    private Map<String, String> primaryRoles = new TreeMap<>();
    @Indexed
    private Instant createdAt;
    /** Normalized name words (and phone digits) for prefix search. */
    @Indexed
    private Set<String> searchKeys;
    /** Normalized name, for sorting by name regardless of case and accents. */
    @Indexed
    private String sortName;

    static Account create(AccountDetails details, boolean active, Instant now) {
        Account account = new Account();
        account.id = UUID.randomUUID().toString();
        account.describe(details);
        account.active = active;
        account.createdAt = now;
        account.raise(new AccountCreated(account.id, account.nextVersion(), details, active));
        return account;
    }

    /** Applies an edit; whether anything changed. */
    boolean edit(AccountDetails newDetails, boolean newActive) {
        List<FieldChange> changes = Fields.changesBetween(Fields.of("", details), Fields.of("", newDetails));
        if (!changes.isEmpty()) {
            describe(newDetails);
            raise(new AccountUpdated(id, nextVersion(), changes, newDetails));
        }
        boolean activeChanged = newActive != active;
        if (activeChanged) {
            active = newActive;
            raise(active ? new AccountReactivated(id, nextVersion()) : new AccountDeactivated(id, nextVersion()));
        }
        return !changes.isEmpty() || activeChanged;
    }

    public boolean assignPrimaryContact(String contactId) {
        if (contactId.equals(primaryContactId)) {
            return false;
        }
        String previous = primaryContactId;
        primaryContactId = contactId;
        raise(new PrimaryContactAssigned(id, nextVersion(), contactId, previous));
        return true;
    }

    public boolean removePrimaryContact() {
        if (primaryContactId == null) {
            return false;
        }
        String previous = primaryContactId;
        primaryContactId = null;
        raise(new PrimaryContactRemoved(id, nextVersion(), previous));
        return true;
    }

    /** Gives the role to the contact, taking it from whoever held it. */
    public boolean assignPrimaryRole(String role, String contactId) {
        String previous = primaryRoles.put(role, contactId);
        if (contactId.equals(previous)) {
            return false;
        }
        raise(new PrimaryRoleAssigned(id, nextVersion(), role, contactId, previous));
        return true;
    }

    public boolean removePrimaryRole(String role) {
        String previous = primaryRoles.remove(role);
        if (previous == null) {
            return false;
        }
        raise(new PrimaryRoleRemoved(id, nextVersion(), role, previous));
        return true;
    }

    /** Takes from a contact that left the account whatever it was primary for. */
    public boolean release(String contactId) {
        boolean changed = contactId.equals(primaryContactId) && removePrimaryContact();
        for (String role : rolesHeldBy(contactId)) {
            changed |= removePrimaryRole(role);
        }
        return changed;
    }

    private void describe(AccountDetails newDetails) {
        details = newDetails;
        searchKeys = AccountSearchKeys.of(newDetails);
        sortName = AccountSearchKeys.sortName(newDetails);
    }

    public String id() {
        return id;
    }

    AccountDetails details() {
        return details;
    }

    String parentAccountId() {
        return details.parentAccountId();
    }

    public boolean active() {
        return active;
    }

    public String primaryContactId() {
        return primaryContactId;
    }

    public SortedMap<String, String> primaryRoles() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(primaryRoles));
    }

    public List<String> rolesHeldBy(String contactId) {
        return primaryRoles.entrySet().stream().filter(role -> role.getValue().equals(contactId))
                .map(Map.Entry::getKey).sorted().toList();
    }

    public boolean isPrimaryContact(String contactId) {
        return Objects.equals(primaryContactId, contactId);
    }

    Instant createdAt() {
        return createdAt;
    }
}
