package dev.switchboard.identity.contacts;

import dev.switchboard.platform.domain.AggregateNotFound;
import dev.switchboard.platform.domain.DomainRuleViolation;
import dev.switchboard.platform.events.Topics;
import dev.switchboard.platform.inbox.TopicCatchUp;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The contacts identity-service knows of, for the features that decide on them. */
@Component
public class ContactDirectory {

    private final MongoTemplate mongo;
    private final TopicCatchUp catchUp;

    ContactDirectory(MongoTemplate mongo, TopicCatchUp catchUp) {
        this.mongo = mongo;
        this.catchUp = catchUp;
    }

    /**
     * The contact, deleted or not; decided once the view has applied what contact-service had published, so a
     * contact created a moment ago is known.
     */
    public KnownContact require(String contactId) {
        catchUp.await(Topics.CONTACTS);
        KnownContact contact = mongo.findById(contactId, KnownContact.class);
        if (contact == null) {
            throw new AggregateNotFound("contact", contactId);
        }
        return contact;
    }

    /** The contact, if it may be given portal credentials: known, not deleted, with an email to log in with. */
    public KnownContact requireEligible(String contactId) {
        KnownContact contact = require(contactId);
        if (contact.deleted()) {
            throw DomainRuleViolation.conflict("Contact '" + contactId + "' is deleted.",
                    List.of("restore the contact first"));
        }
        if (contact.primaryEmail() == null) {
            throw DomainRuleViolation.unprocessable("Contact '" + contactId
                    + "' has no email address: portal credentials need one.");
        }
        return contact;
    }
}
