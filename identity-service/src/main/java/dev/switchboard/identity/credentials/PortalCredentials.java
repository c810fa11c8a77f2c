package dev.switchboard.identity.credentials;

import dev.switchboard.identity.realm.PortalUser;
import dev.switchboard.identity.realm.RealmUsers;
import dev.switchboard.platform.contactview.ContactDirectory;
import dev.switchboard.platform.contactview.KnownContact;
import dev.switchboard.platform.domain.AggregateNotFound;
import dev.switchboard.platform.domain.DomainRuleViolation;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Sets up, blocks, restores and removes a contact's portal credentials: the realm first, then the document with its
 * event. A refusal comes before anything is written; should the document's save fail after the realm changed, a new
 * user is deleted again, and a block or restore may simply be sent again (both are idempotent in the realm).
 */
@Service
public class PortalCredentials {

    private static final String REGISTRATION = "REGISTRATION";
    /** Who set up credentials a contact registered for itself. */
    private static final String SELF = "self-registration";

    private final CredentialsRepository credentials;
    private final ContactDirectory contacts;
    private final RealmUsers realm;
    private final Clock clock;

    PortalCredentials(CredentialsRepository credentials, ContactDirectory contacts, RealmUsers realm, Clock clock) {
        this.credentials = credentials;
        this.contacts = contacts;
        this.realm = realm;
        this.clock = clock;
    }

    /** Sets up the contact's credentials, as an invitation does; what an admin reading them then sees. */
    public CredentialsResponse setUp(String contactId, NewCredentials request, String by) {
        Credentials created = create(contactId, request, by);
        return CredentialsResponse.of(created, created.status());
    }

    Credentials create(String contactId, NewCredentials request, String by) {
        KnownContact contact = contacts.requireActive(contactId);
        if (contact.primaryEmail() == null) {
            throw DomainRuleViolation.unprocessable("Contact '" + contactId
                    + "' has no email address: portal credentials need one.");
        }
        Credentials current = credentials.findByContactId(contactId).orElseGet(() -> Credentials.none(contactId));
        current.requireNone();
        Set<String> roleNames = new LinkedHashSet<>(List.of(RealmUsers.PORTAL_ROLE));
        roleNames.addAll(request.roles());
        var roles = realm.roles(roleNames);
        String userId = realm.create(new PortalUser(request.username(), contact.primaryEmail(), contact.firstName(),
                contact.lastName(), request.invite(), request.language()), roles);
        try {
            if (request.invite()) {
                realm.sendInvitation(userId);
            }
            current.setUp(userId, new NewCredentials(request.username(), List.copyOf(roleNames), request.invite(),
                    request.language(), request.invitedAs(), request.groupId()),
                    clock.instant().truncatedTo(ChronoUnit.MILLIS), by);
            return credentials.save(current);
        } catch (DuplicateKeyException e) {
            realm.delete(userId);
            throw DomainRuleViolation.conflict("Portal credentials of contact '" + contactId
                    + "' were set up meanwhile.", List.of("read them again"));
        } catch (RuntimeException e) {
            realm.delete(userId);
            throw e;
        }
    }

    /**
     * The contact's credentials, their status and the user's last login; an invited user who chose a password shows
     * as active.
     */
    public CredentialsResponse describe(String contactId) {
        contacts.require(contactId);
        return credentials.findByContactId(contactId).map(this::describe)
                .orElseGet(() -> CredentialsResponse.none(contactId));
    }

    CredentialsResponse describe(Credentials found) {
        CredentialsStatus status = found.status();
        if (status == CredentialsStatus.NONE) {
            return CredentialsResponse.none(found.contactId());
        }
        if (status == CredentialsStatus.INVITED && !realm.awaitsPassword(found.realmUserId())) {
            status = CredentialsStatus.ACTIVE;
        }
        return CredentialsResponse.of(found, status, realm.lastLogin(found.realmUserId()).orElse(null));
    }

    Credentials block(String contactId, String reason) {
        Credentials current = existing(contactId);
        current.requireBlockable();
        realm.block(current.realmUserId());
        current.block(reason, BlockCause.ADMIN);
        return credentials.save(current);
    }

    /**
     * Renames the realm user, then the credentials; should saving them fail, the realm user gets its old name back,
     * so the name shown to admins is always the one that logs in.
     */
    Credentials changeUsername(String contactId, String username) {
        Credentials current = existing(contactId);
        current.requireSome();
        String previous = current.username();
        if (username.equals(previous)) {
            return current;
        }
        realm.rename(current.realmUserId(), username);
        try {
            current.changeUsername(username);
            return credentials.save(current);
        } catch (RuntimeException e) {
            realm.rename(current.realmUserId(), previous);
            throw e;
        }
    }

    void requestPasswordReset(String contactId) {
        Credentials current = existing(contactId);
        current.requireResettable();
        realm.sendInvitation(current.realmUserId());
        current.passwordResetRequested();
        credentials.save(current);
    }

    Credentials reject(String contactId, String reason) {
        Credentials current = existing(contactId);
        current.requireRejectable();
        realm.block(current.realmUserId());
        current.reject(reason);
        return credentials.save(current);
    }

    Credentials restore(String contactId) {
        Credentials current = existing(contactId);
        current.requireBlocked();
        realm.restore(current.realmUserId());
        current.restore();
        return credentials.save(current);
    }

    void remove(String contactId) {
        Credentials current = existing(contactId);
        current.requireSome();
        realm.delete(current.realmUserId());
        current.remove();
        credentials.save(current);
    }

    /**
     * A contact's own registration: credentials and the mail to choose a password, unless it has credentials already
     * or its access was rejected (then nothing, and nothing is said: the caller must not learn either).
     *
     * @return whether credentials were set up
     */
    public boolean register(String contactId, String username, String language, boolean newContact) {
        Credentials existing = credentials.findByContactId(contactId).orElse(null);
        if (existing != null && (existing.accessRejected() || existing.status() != CredentialsStatus.NONE)) {
            return false;
        }
        Credentials created = create(contactId, new NewCredentials(username, List.of(), true, language,
                REGISTRATION, null), SELF);
        created.registered(newContact);
        credentials.save(created);
        return true;
    }

    /** The contact whose credentials are this realm user; none (such as a console user) is not found. */
    public String contactOf(String realmUserId) {
        return credentials.findByRealmUserId(realmUserId).filter(found -> found.status() != CredentialsStatus.NONE)
                .map(Credentials::contactId)
                .orElseThrow(() -> new AggregateNotFound("portal credentials of user", realmUserId));
    }

    private Credentials existing(String contactId) {
        contacts.require(contactId);
        return credentials.findByContactId(contactId).orElseGet(() -> Credentials.none(contactId));
    }
}
