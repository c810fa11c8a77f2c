package dev.switchboard.identity.me;

import dev.switchboard.identity.credentials.CredentialsResponse;
import dev.switchboard.identity.credentials.PortalCredentials;
import dev.switchboard.platform.contactview.ContactDirectory;
import dev.switchboard.platform.contactview.KnownContact;
import dev.switchboard.platform.events.Topics;
import dev.switchboard.platform.inbox.TopicCatchUp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * A portal user's own view: the token's subject is its user in the realm, whose credentials name its contact. Nothing
 * here takes a contact id from the request, so a portal user can only ever read about itself.
 */
@Service
class Me {

    private final PortalCredentials credentials;
    private final ContactDirectory contacts;
    private final MongoTemplate mongo;
    private final TopicCatchUp catchUp;
    private final Clock clock;

    Me(PortalCredentials credentials, ContactDirectory contacts, MongoTemplate mongo, TopicCatchUp catchUp,
            Clock clock) {
        this.credentials = credentials;
        this.contacts = contacts;
        this.mongo = mongo;
        this.catchUp = catchUp;
        this.clock = clock;
    }

    MeResponse of(String realmUserId) {
        String contactId = credentials.contactOf(realmUserId);
        KnownContact contact = contacts.require(contactId);
        CredentialsResponse own = credentials.describe(contactId);
        catchUp.await(Topics.ACHIEVEMENTS);
        Instant now = clock.instant();
        List<MeResponse.Achievement> achievements = mongo.find(Query.query(Criteria.where("contactId").is(contactId)),
                        KnownAchievement.class).stream()
                .sorted(Comparator.comparing(KnownAchievement::issuedAt,
                        Comparator.nullsLast(Comparator.reverseOrder())))
                .map(achievement -> new MeResponse.Achievement(achievement.id(), achievement.name(),
                        achievement.number(), achievement.issuedAt(), achievement.expiresAt(),
                        validity(achievement, now)))
                .toList();
        return new MeResponse(
                new MeResponse.Contact(contact.id(), contact.firstName(), contact.lastName(), contact.primaryEmail()),
                new MeResponse.Credentials(own.username(), own.status(), own.language(), own.lastLogin()),
                achievements);
    }

    private static String validity(KnownAchievement achievement, Instant now) {
        if (achievement.revoked()) {
            return "REVOKED";
        }
        return achievement.expiresAt() != null && !now.isBefore(achievement.expiresAt()) ? "EXPIRED" : "ACTIVE";
    }
}
