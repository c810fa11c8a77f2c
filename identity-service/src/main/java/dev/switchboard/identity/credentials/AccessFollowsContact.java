package dev.switchboard.identity.credentials;

import dev.switchboard.events.contact.ContactDeleted;
import dev.switchboard.events.contact.ContactDetails;
import dev.switchboard.events.contact.ContactPurged;
import dev.switchboard.events.contact.ContactRestored;
import dev.switchboard.events.contact.ContactUpdated;
import dev.switchboard.identity.realm.RealmUsers;
import dev.switchboard.platform.domain.DomainRuleViolation;
import dev.switchboard.platform.events.FieldChange;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A contact's life drives its portal access: leaving the company or being deleted blocks it, a restored contact gets
 * back what its deletion took, a purged one loses its credentials, and the realm user keeps the contact's email and
 * names. Runs while contact-service's event is handled, so the change is a SYSTEM reaction caused by that event, and
 * Keycloak being away only delays it (the event is retried until Keycloak is back). Each reaction looks at the
 * credentials' state first, so handling the event again changes nothing more.
 */
@Component
class AccessFollowsContact {

    private static final Logger log = LoggerFactory.getLogger(AccessFollowsContact.class);
    private static final Set<String> IDENTITY_FIELDS = Set.of("emails", "firstName", "lastName");

    private final CredentialsRepository credentials;
    private final RealmUsers realm;
    private final boolean blockOnLeftCompany;

    AccessFollowsContact(CredentialsRepository credentials, RealmUsers realm,
            @Value("${switchboard.identity.block-on-left-company:true}") boolean blockOnLeftCompany) {
        this.credentials = credentials;
        this.realm = realm;
        this.blockOnLeftCompany = blockOnLeftCompany;
    }

    @EventListener
    void on(ContactUpdated updated) {
        Set<String> changed = updated.changes().stream().map(FieldChange::field).collect(Collectors.toSet());
        if (blockOnLeftCompany && changed.contains("flags.leftCompany") && updated.details().flags().leftCompany()) {
            block(updated.contactId(), "left the company", BlockCause.LEFT_COMPANY);
        }
        if (changed.stream().anyMatch(IDENTITY_FIELDS::contains) && updated.details().primaryEmail() != null) {
            describe(updated.contactId(), updated.details());
        }
    }

    @EventListener
    void on(ContactDeleted deleted) {
        block(deleted.contactId(), "the contact was deleted", BlockCause.CONTACT_DELETED);
    }

    @EventListener
    void on(ContactRestored restored) {
        credentials.findByContactId(restored.contactId())
                .filter(found -> found.isBlockedBy(BlockCause.CONTACT_DELETED))
                .ifPresent(found -> {
                    realm.restore(found.realmUserId());
                    found.restore();
                    credentials.save(found);
                });
    }

    @EventListener
    void on(ContactPurged purged) {
        credentials.findByContactId(purged.contactId())
                .filter(found -> found.status() != CredentialsStatus.NONE)
                .ifPresent(found -> {
                    realm.delete(found.realmUserId());
                    found.remove();
                    credentials.save(found);
                });
    }

    private void block(String contactId, String reason, BlockCause cause) {
        credentials.findByContactId(contactId).filter(Credentials::isBlockable).ifPresent(found -> {
            realm.block(found.realmUserId());
            found.block(reason, cause);
            credentials.save(found);
        });
    }

    /** Keycloak refusing the new email (another user has it) must not hold up the contact's other events. */
    private void describe(String contactId, ContactDetails details) {
        credentials.findByContactId(contactId).filter(found -> found.realmUserId() != null).ifPresent(found -> {
            try {
                realm.describe(found.realmUserId(), details.primaryEmail(), details.firstName(), details.lastName());
            } catch (DomainRuleViolation e) {
                log.warn("The realm user of contact {} keeps its email: {}", contactId, e.getMessage());
            }
        });
    }
}
