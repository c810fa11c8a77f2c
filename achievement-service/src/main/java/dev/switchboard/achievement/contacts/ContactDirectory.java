package dev.switchboard.achievement.contacts;

import dev.switchboard.platform.domain.AggregateNotFound;
import dev.switchboard.platform.domain.DomainRuleViolation;
import dev.switchboard.platform.events.Topics;
import dev.switchboard.platform.inbox.TopicCatchUp;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The contacts achievement-service knows of, for the features that decide on them. */
@Component
public class ContactDirectory {

    private final MongoTemplate mongo;
    private final TopicCatchUp catchUp;

    ContactDirectory(MongoTemplate mongo, TopicCatchUp catchUp) {
        this.mongo = mongo;
        this.catchUp = catchUp;
    }

    /**
     * Refuses a contact that may not be issued an achievement: unknown or purged (404), deleted (409); decided once
     * the view has applied what contact-service had published, so a contact created a moment ago is known.
     */
    public void requireIssuable(String contactId) {
        catchUp.await(Topics.CONTACTS);
        KnownContact contact = mongo.findById(contactId, KnownContact.class);
        if (contact == null) {
            throw new AggregateNotFound("contact", contactId);
        }
        if (contact.deleted()) {
            throw DomainRuleViolation.conflict("Contact '" + contactId + "' is deleted.",
                    List.of("restore the contact first"));
        }
    }
}
