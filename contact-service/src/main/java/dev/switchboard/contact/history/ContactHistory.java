package dev.switchboard.contact.history;

import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What other services hold about a contact that forbids deleting it, learnt from their events: achievements not
 * revoked, active portal credentials, and primary contact or primary roles on accounts ({@code accountId/role}).
 */
@Document("contact_history")
record ContactHistory(@Id String contactId, Set<String> achievements, Set<String> activeCredentials,
        Set<String> primaryContactOf, Set<String> primaryRoles) {

    ContactHistory {
        achievements = achievements == null ? Set.of() : achievements;
        activeCredentials = activeCredentials == null ? Set.of() : activeCredentials;
        primaryContactOf = primaryContactOf == null ? Set.of() : primaryContactOf;
        primaryRoles = primaryRoles == null ? Set.of() : primaryRoles;
    }
}
