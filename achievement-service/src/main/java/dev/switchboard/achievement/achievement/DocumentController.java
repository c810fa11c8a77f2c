package dev.switchboard.achievement.achievement;

import dev.switchboard.platform.problems.ProblemTypes;
import dev.switchboard.platform.web.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "Achievement documents", description = "Certificates and other files of an achievement")
@RestController
class DocumentController {

    private static final List<String> KEPT_TYPES = List.of("application/pdf", "image/png", "image/jpeg");
    private static final int MAX_FILENAME = 200;

    private final AchievementDocuments documents;
    private final Clock clock;
    private final DataSize maxFileSize;

    DocumentController(AchievementDocuments documents, Clock clock,
            @Value("${spring.servlet.multipart.max-file-size}") DataSize maxFileSize) {
        this.documents = documents;
        this.clock = clock;
        this.maxFileSize = maxFileSize;
    }

    @Operation(summary = "Add a document to an achievement", operationId = "addAchievementDocument",
            description = "A PDF, PNG or JPEG file, judged by its content (not its name or claimed type: anything"
                    + " else is a 415), of at most the service's file size (else a 413). Answers the achievement"
                    + " with the document listed; the document's address is in Location.")
    @PostMapping(path = "/api/achievements/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<AchievementResponse> add(@PathVariable @Size(max = 100) String id,
            @Parameter(description = "the file") @RequestPart("file") MultipartFile file) throws IOException {
        if (file.getSize() > maxFileSize.toBytes()) {
            throw refusal(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE, "Document too large",
                    "A document may have at most " + maxFileSize.toBytes() + " bytes.");
        }
        try (InputStream content = new BufferedInputStream(file.getInputStream())) {
            String type = FileContent.typeOf(content).orElseThrow(() -> refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported document type",
                    "A document must be one of " + KEPT_TYPES + ", judged by its content."));
            Achievement achievement = documents.attach(id, content, type, filename(file.getOriginalFilename(), type),
                    file.getSize());
            AchievementDocument added = achievement.documents().getLast();
            return ResponseEntity.created(URI.create("/api/achievements/" + id + "/documents/" + added.id()))
                    .body(AchievementResponse.of(achievement, clock.instant()));
        }
    }

    @Operation(summary = "Read a document of an achievement", operationId = "getAchievementDocument",
            description = "The file, streamed with its content type; the current version unless one is asked for"
                    + " (a refreshed certificate keeps its earlier versions).")
    @GetMapping(path = "/api/achievements/{id}/documents/{documentId}",
            produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE})
    ResponseEntity<Resource> get(@PathVariable @Size(max = 100) String id,
            @PathVariable @Size(max = 100) String documentId,
            @Parameter(description = "a version, from 1; the current one if left out")
            @RequestParam(required = false) @Min(1) @Max(10000) Integer version) {
        AchievementDocuments.Download download = documents.open(id, documentId, version);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.file().contentType()))
                .contentLength(download.file().size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(download.file().filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(download.content());
    }

    @Operation(summary = "Remove a document from an achievement", operationId = "removeAchievementDocument",
            description = "With all its versions.")
    @DeleteMapping(path = "/api/achievements/{id}/documents/{documentId}")
    ResponseEntity<Void> remove(@PathVariable @Size(max = 100) String id,
            @PathVariable @Size(max = 100) String documentId) {
        documents.remove(id, documentId);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Refresh an achievement's documents", operationId = "refreshAchievementDocuments",
            description = "Draws the certificate anew from current data (the contact's name as it is now); the"
                    + " previous file stays readable as the previous version. Not for an anonymised achievement.")
    @PostMapping(path = "/api/achievements/{id}/refresh-documents", produces = MediaType.APPLICATION_JSON_VALUE)
    AchievementResponse refresh(@PathVariable @Size(max = 100) String id) {
        return AchievementResponse.of(documents.refresh(id), clock.instant());
    }

    /** The file's own name without any path, or one made from its type. */
    private static String filename(String given, String type) {
        String name = given == null ? "" : given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "document." + type.substring(type.indexOf('/') + 1);
        }
        return name.length() > MAX_FILENAME ? name.substring(0, MAX_FILENAME) : name;
    }

    private static ErrorResponseException refusal(HttpStatus status, URI type, String title, String detail) {
        return new ErrorResponseException(status, ProblemResponses.problem(status, type, title, detail), null);
    }
}
