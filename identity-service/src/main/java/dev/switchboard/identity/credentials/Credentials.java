package dev.switchboard.identity.credentials;

import dev.switchboard.events.identity.AccessBlocked;
import dev.switchboard.events.identity.AccessRejected;
import dev.switchboard.events.identity.AccessRestored;
import dev.switchboard.events.identity.CredentialsCreated;
import dev.switchboard.events.identity.CredentialsRemoved;
import dev.switchboard.events.identity.InvitationSent;
import dev.switchboard.events.identity.PortalRegistered;
import dev.switchboard.events.identity.PasswordResetRequested;
import dev.switchboard.events.identity.UsernameChanged;
import dev.switchboard.platform.domain.DomainRuleViolation;
import dev.switchboard.platform.outbox.OutboxDocument;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A contact's portal credentials: the link between the contact and its user in the realm, and the state shown to
 * admins. One document per contact for its whole life, so credentials removed and set up again continue the same
 * versions, and contact-service's view of them never sees a gap.
 */
@Document("credentials")
class Credentials extends OutboxDocument {

    @Id
    private String id;
    @Indexed(unique = true)
    private String contactId;
    @Indexed(sparse = true)
    private String realmUserId;
    private String username;
    private List<String> roles = List.of();
    private CredentialsStatus status = CredentialsStatus.NONE;
    private String blockReason;
    private BlockCause blockCause;
    /** Survives removed credentials: a rejected contact may not register again by itself. */
    private boolean accessRejected;
    private Instant createdAt;
    private String createdBy;
    /** What Keycloak's mails to the user are written in (the realm user's locale). */
    private String language;

    static Credentials none(String contactId) {
        Credentials credentials = new Credentials();
        credentials.id = UUID.randomUUID().toString();
        credentials.contactId = contactId;
        return credentials;
    }

    /** Refuses before anything is created in the realm: a contact has one set of credentials at a time. */
    void requireNone() {
        if (status != CredentialsStatus.NONE) {
            throw DomainRuleViolation.conflict("Contact '" + contactId + "' already has portal credentials ("
                    + username + ").", List.of("remove them first to set up new ones"));
        }
    }

    void setUp(String realmUserId, NewCredentials request, Instant now, String by) {
        requireNone();
        this.realmUserId = realmUserId;
        this.username = request.username();
        this.roles = List.copyOf(request.roles());
        this.status = request.invite() ? CredentialsStatus.INVITED : CredentialsStatus.ACTIVE;
        this.blockReason = null;
        // an admin setting credentials up again has reconsidered a rejection
        this.accessRejected = false;
        this.createdAt = now;
        this.createdBy = by;
        this.language = request.language();
        raise(new CredentialsCreated(id, nextVersion(), contactId, username, status.name()));
        if (request.invite()) {
            raise(new InvitationSent(id, nextVersion(), contactId, request.invitedAs(), request.groupId(), language));
        }
    }

    /** The credentials just set up were the contact's own registration. */
    void registered(boolean newContact) {
        requireSome();
        raise(new PortalRegistered(id, nextVersion(), contactId, newContact));
    }

    /** The user logs in with the new name from now on; the same name again changes nothing. */
    void changeUsername(String newUsername) {
        requireSome();
        if (newUsername.equals(username)) {
            return;
        }
        String previous = username;
        username = newUsername;
        raise(new UsernameChanged(id, nextVersion(), contactId, previous, newUsername));
    }

    /** A reset mail goes only to a user who may log in: not to a blocked or rejected one. */
    void requireResettable() {
        if (!isBlockable()) {
            throw DomainRuleViolation.conflict("Portal access of contact '" + contactId + "' is " + status
                    + ", so no password reset is sent.", List.of());
        }
    }

    void passwordResetRequested() {
        requireResettable();
        raise(new PasswordResetRequested(id, nextVersion(), contactId));
    }

    /** Refuses blocking what is not active (or invited). */
    void requireBlockable() {
        if (!isBlockable()) {
            throw DomainRuleViolation.conflict("Portal access of contact '" + contactId + "' is " + status
                    + ", so it cannot be blocked.", List.of());
        }
    }

    void block(String reason, BlockCause cause) {
        requireBlockable();
        status = CredentialsStatus.BLOCKED;
        blockReason = reason;
        blockCause = cause;
        raise(new AccessBlocked(id, nextVersion(), contactId, reason));
    }

    boolean isBlockable() {
        return status == CredentialsStatus.ACTIVE || status == CredentialsStatus.INVITED;
    }

    /** Whether it is blocked for this cause alone, so that the cause going away may restore it. */
    boolean isBlockedBy(BlockCause cause) {
        return status == CredentialsStatus.BLOCKED && blockCause == cause;
    }

    void requireRejectable() {
        if (status == CredentialsStatus.NONE || status == CredentialsStatus.REJECTED) {
            throw DomainRuleViolation.conflict("Portal access of contact '" + contactId + "' is " + status
                    + ", so there is nothing to reject.", List.of());
        }
    }

    /** Seed's "reject and revoke": blocked for good, and marked so the contact cannot register again. */
    void reject(String reason) {
        requireRejectable();
        status = CredentialsStatus.REJECTED;
        blockReason = reason;
        blockCause = BlockCause.ADMIN;
        accessRejected = true;
        raise(new AccessRejected(id, nextVersion(), contactId, reason));
    }

    void requireBlocked() {
        if (status != CredentialsStatus.BLOCKED) {
            throw DomainRuleViolation.conflict("Portal access of contact '" + contactId + "' is " + status
                    + ", not blocked, so there is nothing to restore.", List.of());
        }
    }

    void restore() {
        requireBlocked();
        status = CredentialsStatus.ACTIVE;
        blockReason = null;
        blockCause = null;
        raise(new AccessRestored(id, nextVersion(), contactId));
    }

    void requireSome() {
        if (status == CredentialsStatus.NONE) {
            throw DomainRuleViolation.conflict("Contact '" + contactId + "' has no portal credentials.", List.of());
        }
    }

    void remove() {
        requireSome();
        status = CredentialsStatus.NONE;
        realmUserId = null;
        username = null;
        roles = List.of();
        blockReason = null;
        blockCause = null;
        createdAt = null;
        createdBy = null;
        raise(new CredentialsRemoved(id, nextVersion(), contactId));
    }

    String id() {
        return id;
    }

    String contactId() {
        return contactId;
    }

    String realmUserId() {
        return realmUserId;
    }

    String username() {
        return username;
    }

    List<String> roles() {
        return roles;
    }

    CredentialsStatus status() {
        return status;
    }

    boolean accessRejected() {
        return accessRejected;
    }

    String blockReason() {
        return blockReason;
    }

    Instant createdAt() {
        return createdAt;
    }

    String createdBy() {
        return createdBy;
    }

    String language() {
        return language == null ? NewCredentials.DEFAULT_LANGUAGE : language;
    }
}
