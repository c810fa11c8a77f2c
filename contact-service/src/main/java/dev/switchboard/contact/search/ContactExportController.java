package dev.switchboard.contact.search;

import dev.switchboard.contact.contact.Contact;
import dev.switchboard.contact.contact.ContactRepository;
import dev.switchboard.platform.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Seed's CSV export: every contact the search filters match, streamed in batches (ids from the search index, the
 * contacts by id from MongoDB), so memory stays flat however many there are, in this service and in the database.
 * RFC 4180, UTF-8, a header row.
 */
@RestController
@RequestMapping("/api/contacts")
@Tag(name = "Contact search and export", description = "The contact list: search, filter, sort, page and export.")
class ContactExportController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private static final int BATCH = 500;

    private final ContactIndex index;
    private final ContactRepository contacts;

    ContactExportController(ContactIndex index, ContactRepository contacts) {
        this.index = index;
        this.contacts = contacts;
    }

    @GetMapping("/export")
    @Operation(summary = "Export contacts as CSV", operationId = "exportContacts",
            description = "Every contact the filters match (the same filters as the search), as RFC 4180 CSV in UTF-8 "
                    + "with a header row, streamed.",
            responses = @ApiResponse(responseCode = "200", description = "The contacts, one row each",
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    ResponseEntity<StreamingResponseBody> export(@Valid @ParameterObject @ModelAttribute ContactFilter filter,
            @Parameter(schema = @Schema(allowableValues = "csv", defaultValue = "csv"))
            @RequestParam(defaultValue = "csv") String format) {
        if (!format.equals("csv")) {
            throw InvalidRequestException.of("format", "only csv is supported");
        }
        StreamingResponseBody body = out -> {
            try (CSVPrinter csv = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                    CSVFormat.RFC4180.builder().setHeader(ContactCsv.HEADER).get())) {
                index.forEachMatch(filter, BATCH, ids -> print(csv, filter, ids));
            }
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"contacts.csv\"")
                .contentType(CSV)
                .body(body);
    }

    /**
     * The index found the ids; the contacts are read by id (the one query the embedded MongoDB answers from an
     * index), and one deleted or purged since the index saw it is left out.
     */
    private void print(CSVPrinter csv, ContactFilter filter, List<String> ids) {
        boolean deleted = Boolean.TRUE.equals(filter.deleted());
        try {
            for (Contact contact : contacts.findAllById(ids)) {
                if (!contact.purged() && contact.deleted() == deleted) {
                    csv.printRecord(ContactCsv.row(contact));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
