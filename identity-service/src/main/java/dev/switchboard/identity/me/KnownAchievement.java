package dev.switchboard.identity.me;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** An achievement as achievement-service's events told, kept for the portal user it belongs to. */
@Document("achievements")
record KnownAchievement(@Id String id, @Indexed String contactId, String definitionId, String name, String number,
        Instant issuedAt, Instant expiresAt, boolean revoked) {
}
