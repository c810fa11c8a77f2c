package dev.switchboard.achievement.achievement;

import dev.switchboard.events.achievement.AchievementIssued;
import dev.switchboard.events.achievement.AchievementRevoked;
import dev.switchboard.platform.domain.DomainRuleViolation;
import dev.switchboard.platform.outbox.OutboxDocument;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An achievement issued to a contact. Its validity is never stored: it is computed from the clock when read, so it
 * cannot go stale. Once the contact is purged the achievement stays, without the contact ({@link #contactId} is
 * removed and {@link #anonymisedAt} set), as history of the definition.
 */
@Document(Achievement.COLLECTION)
public class Achievement extends OutboxDocument {

    static final String COLLECTION = "achievements";

    @Id
    private String id;
    @Indexed
    private String contactId;
    @Indexed
    private String definitionId;
    private String name;
    private String brand;
    @Indexed(unique = true)
    private String number;
    private Instant issuedAt;
    @Indexed
    private Instant expiresAt;
    private IssuedBy issuedBy;
    private Instant revokedAt;
    private String revokeReason;
    private Instant anonymisedAt;

    static Achievement issue(Issue issue) {
        Achievement achievement = new Achievement();
        achievement.id = UUID.randomUUID().toString();
        achievement.contactId = issue.contactId();
        achievement.definitionId = issue.definitionId();
        achievement.name = issue.name();
        achievement.brand = issue.brand();
        achievement.number = issue.number();
        achievement.issuedAt = issue.issuedAt();
        achievement.expiresAt = issue.expiresAt();
        achievement.issuedBy = issue.issuedBy();
        achievement.raise(new AchievementIssued(achievement.id, achievement.nextVersion(), issue.contactId(),
                issue.definitionId(), issue.name(), issue.number(), issue.issuedAt(), issue.expiresAt()));
        return achievement;
    }

    /** What an achievement is issued with, all of it decided. */
    record Issue(String contactId, String definitionId, String name, String brand, String number, Instant issuedAt,
            Instant expiresAt, IssuedBy issuedBy) {
    }

    void revoke(String reason, Instant now) {
        if (revokedAt != null) {
            throw DomainRuleViolation.conflict("Achievement '" + id + "' is already revoked.",
                    List.of("revoked at " + revokedAt));
        }
        revokedAt = now;
        revokeReason = reason;
        raise(new AchievementRevoked(id, nextVersion(), contactId, reason));
    }

    Validity validityAt(Instant now) {
        if (revokedAt != null) {
            return Validity.REVOKED;
        }
        return expiresAt != null && !now.isBefore(expiresAt) ? Validity.EXPIRED : Validity.ACTIVE;
    }

    String id() {
        return id;
    }

    String contactId() {
        return contactId;
    }

    String definitionId() {
        return definitionId;
    }

    String name() {
        return name;
    }

    String brand() {
        return brand;
    }

    String number() {
        return number;
    }

    Instant issuedAt() {
        return issuedAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    IssuedBy issuedBy() {
        return issuedBy;
    }

    Instant revokedAt() {
        return revokedAt;
    }

    String revokeReason() {
        return revokeReason;
    }

    Instant anonymisedAt() {
        return anonymisedAt;
    }
}
