package dev.switchboard.achievement.achievement;

import dev.switchboard.events.contact.ContactPurged;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A purged contact's achievements stay as history of their definitions, but no longer say whose they were: the
 * contact id is removed. The achievement's own fields (number, dates, issuer, revocation) hold nothing of the person.
 * Applying it again changes nothing more.
 */
@Component
class PurgedContacts {

    private final MongoTemplate mongo;
    private final Clock clock;

    PurgedContacts(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @EventListener
    void on(ContactPurged purged) {
        mongo.updateMulti(Query.query(Criteria.where("contactId").is(purged.contactId())),
                new Update().unset("contactId").set("anonymisedAt", clock.instant().truncatedTo(ChronoUnit.MILLIS)),
                Achievement.class);
    }
}
