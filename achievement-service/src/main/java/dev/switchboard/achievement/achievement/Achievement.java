package dev.switchboard.achievement.achievement;

import dev.switchboard.events.achievement.AchievementExpired;
import dev.switchboard.events.achievement.AchievementIssued;
import dev.switchboard.events.achievement.AchievementRevoked;
import dev.switchboard.events.achievement.DocumentAdded;
import dev.switchboard.events.achievement.DocumentRemoved;
import dev.switchboard.events.achievement.DocumentsRefreshed;
import dev.switchboard.platform.domain.AggregateNotFound;
import dev.switchboard.platform.domain.DomainRuleViolation;
import dev.switchboard.platform.outbox.OutboxDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    /** More files than any achievement needs; keeps the document small. */
    static final int MAX_DOCUMENTS = 20;

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
    private List<AchievementDocument> documents = new ArrayList<>();
    /** Its place in the issuer's revocation status lists (the verifiable credential's credentialStatus). */
    @Indexed
    private Long statusIndex;
    /** Whether AchievementExpired was published, so the expiry job announces each expiry once. */
    private boolean expiryAnnounced;

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
        achievement.statusIndex = issue.statusIndex();
        achievement.raise(new AchievementIssued(achievement.id, achievement.nextVersion(), issue.contactId(),
                issue.definitionId(), issue.name(), issue.number(), issue.issuedAt(), issue.expiresAt()));
        return achievement;
    }

    /** What an achievement is issued with, all of it decided. */
    record Issue(String contactId, String definitionId, String name, String brand, String number, Instant issuedAt,
            Instant expiresAt, IssuedBy issuedBy, long statusIndex) {
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

    /** Adds the certificate made when it was issued, or a file someone added. */
    AchievementDocument addDocument(DocumentKind kind, StoredFile file) {
        checkRoomForDocument();
        AchievementDocument document = new AchievementDocument(UUID.randomUUID().toString(), kind, 1, file, List.of());
        documents.add(document);
        raise(new DocumentAdded(id, nextVersion(), contactId, document.id(), kind.name(), file.contentType(),
                file.filename(), file.size()));
        return document;
    }

    /** Removes a document with all its versions; the caller deletes their files once this is stored. */
    AchievementDocument removeDocument(String documentId) {
        AchievementDocument document = document(documentId)
                .orElseThrow(() -> new AggregateNotFound("document", documentId));
        documents.remove(document);
        raise(new DocumentRemoved(id, nextVersion(), contactId, documentId, document.kind().name(),
                document.file().filename()));
        return document;
    }

    /** Makes the certificate's new file its current version, the old one kept as the previous version. */
    AchievementDocument refreshCertificate(StoredFile file) {
        checkRefreshable();
        Optional<AchievementDocument> current = certificate();
        if (current.isEmpty()) {
            return addDocument(DocumentKind.CERTIFICATE, file);
        }
        AchievementDocument refreshed = current.get().withNewVersion(file);
        documents.set(documents.indexOf(current.get()), refreshed);
        raise(new DocumentsRefreshed(id, nextVersion(), contactId, refreshed.id(), refreshed.version()));
        return refreshed;
    }

    void checkRoomForDocument() {
        if (documents.size() >= MAX_DOCUMENTS) {
            throw DomainRuleViolation.conflict("Achievement '" + id + "' has " + MAX_DOCUMENTS + " documents already.",
                    List.of("remove one first"));
        }
    }

    /** A certificate names its contact: an anonymised achievement (its contact purged) gets none any more. */
    void checkRefreshable() {
        if (contactId == null) {
            throw DomainRuleViolation.conflict("Achievement '" + id + "' is anonymised; its contact was purged.",
                    List.of("a certificate names its contact"));
        }
    }

    /** An anonymised achievement takes no new files: they could show the person its purge erased. */
    void checkNotAnonymised() {
        if (contactId == null) {
            throw DomainRuleViolation.conflict("Achievement '" + id + "' is anonymised; its contact was purged.",
                    List.of("it takes no new documents"));
        }
    }

    /** Announces that it passed its expiry, once; not for a revoked one (revoked wins) nor before its expiry. */
    boolean announceExpiry(Instant now) {
        if (expiryAnnounced || validityAt(now) != Validity.EXPIRED) {
            return false;
        }
        expiryAnnounced = true;
        raise(new AchievementExpired(id, nextVersion(), contactId, expiresAt));
        return true;
    }

    Optional<AchievementDocument> document(String documentId) {
        return documents.stream().filter(document -> document.id().equals(documentId)).findFirst();
    }

    Optional<AchievementDocument> certificate() {
        return documents.stream().filter(document -> document.kind() == DocumentKind.CERTIFICATE).findFirst();
    }

    List<AchievementDocument> documents() {
        return List.copyOf(documents);
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

    Long statusIndex() {
        return statusIndex;
    }

    Instant anonymisedAt() {
        return anonymisedAt;
    }
}
