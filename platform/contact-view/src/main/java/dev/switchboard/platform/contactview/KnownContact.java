package dev.switchboard.platform.contactview;

import java.util.stream.Stream;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A contact as contact-service's events told: its names and the email it is reached at (what credentials, mails and
 * certificates are made of), and whether it is deleted (a deleted contact is given nothing new).
 */
@Document(KnownContact.COLLECTION)
public record KnownContact(@Id String id, String firstName, String lastName, String primaryEmail, boolean deleted) {

    static final String COLLECTION = "contacts";

    /** First and last name as printed, without the missing parts. */
    public String displayName() {
        return String.join(" ", Stream.of(firstName, lastName)
                .filter(part -> part != null && !part.isBlank()).toList());
    }
}
