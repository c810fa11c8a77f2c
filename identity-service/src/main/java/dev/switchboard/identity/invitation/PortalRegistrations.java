package dev.switchboard.identity.invitation;

import dev.switchboard.identity.credentials.PortalCredentials;
import dev.switchboard.identity.realm.RealmUsers;
import dev.switchboard.platform.contactview.KnownContact;
import dev.switchboard.platform.events.Topics;
import dev.switchboard.platform.inbox.TopicCatchUp;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Self-registration for the portal, where it is switched on: the contact with that email (or a new one in the
 * configured default account, created through contact-service as this service) gets credentials and the mail to
 * choose a password. It runs after the answer, which is the same whatever happens, so neither the answer nor its
 * timing tells whether an email is known, has access already, or was rejected.
 */
@Service
class PortalRegistrations {

    private static final Logger log = LoggerFactory.getLogger(PortalRegistrations.class);
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._@-]{2,99}$");

    private final boolean enabled;
    private final String defaultAccountId;
    private final MongoTemplate mongo;
    private final TopicCatchUp catchUp;
    private final ContactService contactService;
    private final Invitations invitations;
    private final PortalCredentials credentials;
    private final RealmUsers realm;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("portal-registration").daemon().factory());

    PortalRegistrations(@Value("${switchboard.identity.registration.enabled:false}") boolean enabled,
            @Value("${switchboard.identity.registration.default-account-id:}") String defaultAccountId,
            MongoTemplate mongo, TopicCatchUp catchUp, ContactService contactService, Invitations invitations,
            PortalCredentials credentials, RealmUsers realm) {
        this.enabled = enabled;
        this.defaultAccountId = defaultAccountId;
        this.mongo = mongo;
        this.catchUp = catchUp;
        this.contactService = contactService;
        this.invitations = invitations;
        this.credentials = credentials;
        this.realm = realm;
    }

    boolean enabled() {
        return enabled;
    }

    void accept(PortalRegistration registration) {
        worker.submit(() -> {
            try {
                register(registration);
            } catch (RuntimeException e) {
                log.warn("A portal registration could not be completed: {}", e.getMessage());
            }
        });
    }

    private void register(PortalRegistration registration) {
        String email = registration.email().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(email).matches()) {
            log.info("A portal registration's email is no username the realm takes; nothing set up");
            return;
        }
        catchUp.await(Topics.CONTACTS);
        KnownContact known = mongo.findOne(Query.query(Criteria.where("primaryEmail")
                .regex("^" + Pattern.quote(registration.email()) + "$", "i").and("deleted").is(false)),
                KnownContact.class);
        boolean newContact = known == null;
        String contactId;
        if (newContact) {
            contactId = contactService.createAsThisService(realm.serviceToken(), Map.of(
                    "accountId", defaultAccountId, "firstName", registration.firstName(),
                    "lastName", registration.lastName(), "kind", InvitationKind.CLIENT.contactKind(),
                    "emails", List.of(Map.of("address", registration.email(), "primary", true))));
            invitations.awaitArrival(contactId);
        } else {
            contactId = known.id();
        }
        credentials.register(contactId, email, registration.language(), newContact);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
