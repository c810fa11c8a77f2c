package dev.switchboard.identity.invitation;

import dev.switchboard.identity.credentials.CredentialsResponse;
import dev.switchboard.identity.credentials.CredentialsStatus;
import dev.switchboard.identity.credentials.NewCredentials;
import dev.switchboard.identity.credentials.PortalCredentials;
import dev.switchboard.platform.contactview.ContactDirectory;
import dev.switchboard.platform.contactview.KnownContact;
import dev.switchboard.platform.domain.AggregateNotFound;
import dev.switchboard.platform.domain.DomainRuleViolation;
import dev.switchboard.platform.web.ServiceUnavailableException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * Seed 004's invitations: credentials for a contact as a client, an internal user or a client group's member, mailed
 * or quiet. A new contact is created through contact-service first, and invited once this service's view of the
 * contacts has its event.
 */
@Service
class Invitations {

    /** How long a contact just created may take to arrive through contact-service's events. */
    static final Duration NEW_CONTACT_ARRIVAL = Duration.ofSeconds(15);
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._@-]{2,99}$");

    private final ContactService contactService;
    private final ContactDirectory contacts;
    private final PortalCredentials credentials;

    Invitations(ContactService contactService, ContactDirectory contacts, PortalCredentials credentials) {
        this.contactService = contactService;
        this.contacts = contacts;
        this.credentials = credentials;
    }

    CredentialsResponse invite(Invite request, String by) {
        InvitationRules.requireOneContact(request.contactId(), request.contact());
        InvitationRules.requireGroupFor(request.kind(), request.groupId());
        String contactId;
        if (request.contact() != null) {
            contactId = contactService.create(request.contact().body(request.kind().contactKind(), request.groupId()));
            awaitArrival(contactId);
        } else {
            contactId = request.contactId();
            requireInvitable(contactId, request.username());
            if (request.kind() == InvitationKind.CLIENT_GROUP) {
                contactService.joinGroup(contactId, request.groupId());
            }
        }
        return inviteKnown(contactId, request.kind(), request.groupId(), request.mode(), request.username(),
                request.language(), by);
    }

    /** Invites a contact this service knows of; a bulk invitation's step. */
    CredentialsResponse inviteKnown(String contactId, InvitationKind kind, String groupId, InvitationMode mode,
            String username, String language, String by) {
        KnownContact contact = contacts.requireActive(contactId);
        return credentials.setUp(contactId, new NewCredentials(usernameOf(contact, username), kind.roles(),
                mode == InvitationMode.INVITE, language, kind.name(), groupId), by);
    }

    /** Refuses before anything changes elsewhere (the contact joining a group): known, active, without credentials. */
    private void requireInvitable(String contactId, String username) {
        KnownContact contact = contacts.requireActive(contactId);
        usernameOf(contact, username);
        if (credentials.describe(contactId).status() != CredentialsStatus.NONE) {
            throw DomainRuleViolation.conflict("Contact '" + contactId + "' already has portal credentials.",
                    List.of("remove them first to invite it again"));
        }
    }

    private static String usernameOf(KnownContact contact, String username) {
        if (username != null) {
            return username;
        }
        if (contact.primaryEmail() == null) {
            throw DomainRuleViolation.unprocessable("Contact '" + contact.id()
                    + "' has no email address: an invitation needs one.");
        }
        String fromEmail = contact.primaryEmail().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(fromEmail).matches()) {
            throw DomainRuleViolation.unprocessable("The email of contact '" + contact.id()
                    + "' is no username the realm takes; give a username.");
        }
        return fromEmail;
    }

    /** contact-service answered before its event went out; the view has it a moment later. */
    void awaitArrival(String contactId) {
        long deadline = System.nanoTime() + NEW_CONTACT_ARRIVAL.toNanos();
        while (true) {
            try {
                contacts.requireActive(contactId);
                return;
            } catch (AggregateNotFound e) {
                if (System.nanoTime() > deadline) {
                    throw new ServiceUnavailableException("Contact '" + contactId + "' was created, but its event has"
                            + " not arrived yet; invite it by contactId shortly.");
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException("Interrupted while waiting for a new contact; retry shortly.");
        }
    }
}
