package dev.switchboard.identity.contacts;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A contact as contact-service's events told: what portal credentials are made of (names, the email Keycloak mails)
 * and whether the contact may have any (a deleted one may not).
 */
@Document(KnownContact.COLLECTION)
public record KnownContact(@Id String id, String firstName, String lastName, String primaryEmail, boolean deleted) {

    static final String COLLECTION = "contacts";
}
