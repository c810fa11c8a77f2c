package dev.switchboard.achievement.achievement;

import dev.switchboard.achievement.certificate.Certificate;
import dev.switchboard.achievement.certificate.CertificateRenderer;
import dev.switchboard.platform.contactview.KnownContact;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/** Draws an achievement's certificate for its contact as named now, and keeps the PDF in GridFS. */
@Component
class Certificates {

    private static final String PDF = "application/pdf";

    private final CertificateRenderer renderer;
    private final DocumentFiles files;
    private final Clock clock;

    Certificates(CertificateRenderer renderer, DocumentFiles files, Clock clock) {
        this.renderer = renderer;
        this.files = files;
        this.clock = clock;
    }

    /** The stored PDF; the caller deletes it again if the achievement is not stored with it. */
    StoredFile make(Achievement achievement, KnownContact contact) {
        String holder = contact.displayName().isBlank() ? "" : contact.displayName();
        byte[] pdf = renderer.render(new Certificate(achievement.name(), holder, achievement.number(),
                achievement.issuedAt(), achievement.expiresAt(), achievement.brand()));
        String filename = "certificate-" + achievement.number().replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
        String fileId = files.store(new ByteArrayInputStream(pdf), filename, PDF, achievement.id());
        return new StoredFile(fileId, PDF, filename, pdf.length, clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }
}
