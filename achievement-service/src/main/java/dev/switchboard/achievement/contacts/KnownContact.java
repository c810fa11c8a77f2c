package dev.switchboard.achievement.contacts;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A contact as contact-service's events told: whether it may be issued achievements (a deleted one may not). */
@Document(KnownContact.COLLECTION)
public record KnownContact(@Id String id, boolean deleted) {

    static final String COLLECTION = "contacts";
}
