package dev.switchboard.achievement.achievement;

import dev.switchboard.platform.contactview.ContactDirectory;
import dev.switchboard.platform.domain.AggregateNotFound;
import java.io.InputStream;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Adds, reads, removes and regenerates achievements' documents. A file is stored first and the achievement after; if
 * the achievement cannot be stored (a concurrent change, a rule) the new file is deleted again, so no achievement
 * ever lists a file that is missing. Removed files are deleted once the achievement no longer lists them.
 */
@Component
class AchievementDocuments {

    private final AchievementRepository achievements;
    private final DocumentFiles files;
    private final Certificates certificates;
    private final ContactDirectory contacts;
    private final Clock clock;

    AchievementDocuments(AchievementRepository achievements, DocumentFiles files, Certificates certificates,
            ContactDirectory contacts, Clock clock) {
        this.achievements = achievements;
        this.files = files;
        this.certificates = certificates;
        this.contacts = contacts;
        this.clock = clock;
    }

    /** Adds a file whose type was checked from its content. */
    Achievement attach(String achievementId, InputStream content, String contentType, String filename, long size) {
        Achievement achievement = find(achievementId);
        achievement.checkRoomForDocument();
        achievement.checkNotAnonymised();
        String fileId = files.store(content, filename, contentType, achievementId);
        StoredFile file = new StoredFile(fileId, contentType, filename, size,
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        return storedWith(fileId, () -> {
            achievement.addDocument(DocumentKind.ATTACHMENT, file);
            return achievements.save(achievement);
        });
    }

    Achievement remove(String achievementId, String documentId) {
        Achievement achievement = find(achievementId);
        AchievementDocument removed = achievement.removeDocument(documentId);
        Achievement saved = achievements.save(achievement);
        files.deleteAll(removed.allFiles().stream().map(StoredFile::fileId).toList());
        return saved;
    }

    /** Draws the certificate anew from the contact's current name; the previous file stays as previous version. */
    Achievement refresh(String achievementId) {
        Achievement achievement = find(achievementId);
        achievement.checkRefreshable();
        StoredFile file = certificates.make(achievement, contacts.require(achievement.contactId()));
        return storedWith(file.fileId(), () -> {
            achievement.refreshCertificate(file);
            return achievements.save(achievement);
        });
    }

    /** A document's file in the version asked for (the current one unless given), to stream. */
    Download open(String achievementId, String documentId, Integer version) {
        AchievementDocument document = find(achievementId).document(documentId)
                .orElseThrow(() -> new AggregateNotFound("document", documentId));
        StoredFile file = version == null ? document.file() : document.fileOf(version);
        Resource content = file == null ? null : files.open(file.fileId());
        if (content == null) {
            throw new AggregateNotFound("document version", documentId + " v" + version);
        }
        return new Download(file, content);
    }

    record Download(StoredFile file, Resource content) {
    }

    private Achievement storedWith(String fileId, Supplier<Achievement> store) {
        try {
            return store.get();
        } catch (RuntimeException notStored) {
            files.delete(fileId);
            throw notStored;
        }
    }

    private Achievement find(String id) {
        return achievements.findById(id).orElseThrow(() -> new AggregateNotFound("achievement", id));
    }
}
