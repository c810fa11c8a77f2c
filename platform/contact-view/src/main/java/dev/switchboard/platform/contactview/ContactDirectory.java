package dev.switchboard.platform.contactview;

import dev.switchboard.platform.domain.AggregateNotFound;
import dev.switchboard.platform.domain.DomainRuleViolation;
import dev.switchboard.platform.events.Topics;
import dev.switchboard.platform.inbox.TopicCatchUp;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The contacts this service knows of, for the features that decide on them. Every answer is given once the view has
 * applied what contact-service had published when it was asked, so a contact created a moment ago is known.
 */
public class ContactDirectory {

    private final MongoTemplate mongo;
    private final TopicCatchUp catchUp;

    ContactDirectory(MongoTemplate mongo, TopicCatchUp catchUp) {
        this.mongo = mongo;
        this.catchUp = catchUp;
    }

    /** The contact, deleted or not; unknown or purged is not found. */
    public KnownContact require(String contactId) {
        catchUp.await(Topics.CONTACTS);
        KnownContact contact = mongo.findById(contactId, KnownContact.class);
        if (contact == null) {
            throw new AggregateNotFound("contact", contactId);
        }
        return contact;
    }

    /** The contact, if it may be given something new: known and not deleted (a conflict, until it is restored). */
    public KnownContact requireActive(String contactId) {
        KnownContact contact = require(contactId);
        if (contact.deleted()) {
            throw DomainRuleViolation.conflict("Contact '" + contactId + "' is deleted.",
                    List.of("restore the contact first"));
        }
        return contact;
    }
}
