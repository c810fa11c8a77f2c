package dev.switchboard.contact.contact;

import dev.switchboard.platform.web.InvalidRequestException;
import jakarta.validation.Valid;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
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
 * Seed's CSV export: every contact the search filters match, streamed row by row from a database cursor, so memory
 * stays flat however many there are. RFC 4180, UTF-8, a header row.
 */
@RestController
@RequestMapping("/api/contacts")
class ContactExportController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final MongoTemplate mongo;

    ContactExportController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@Valid @ModelAttribute ContactFilter filter,
            @RequestParam(defaultValue = "csv") String format) {
        if (!format.equals("csv")) {
            throw InvalidRequestException.of("format", "only csv is supported");
        }
        Query query = Query.query(filter.criteria()).with(Sort.by("_id"));
        StreamingResponseBody body = out -> {
            try (Stream<Contact> rows = mongo.stream(query, Contact.class);
                    CSVPrinter csv = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                            CSVFormat.RFC4180.builder().setHeader(ContactCsv.HEADER).get())) {
                for (Contact contact : (Iterable<Contact>) rows::iterator) {
                    csv.printRecord(ContactCsv.row(contact));
                }
            }
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"contacts.csv\"")
                .contentType(CSV)
                .body(body);
    }
}
