package dev.switchboard.contact.contact;

import dev.switchboard.platform.web.InvalidRequestException;
import dev.switchboard.platform.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The contact list: search by name, email or phone prefix, typed filters, paging and a few sort orders. */
@RestController
@RequestMapping(path = "/api/contacts", produces = MediaType.APPLICATION_JSON_VALUE)
class ContactSearchController {

    private static final Map<String, String> SORTABLE = Map.of(
            "lastName", "sortName", "firstName", "details.firstName", "createdAt", "createdAt",
            "updatedAt", "updatedAt");

    private final MongoTemplate mongo;
    private final Contacts contacts;

    ContactSearchController(MongoTemplate mongo, Contacts contacts) {
        this.mongo = mongo;
        this.contacts = contacts;
    }

    @GetMapping
    PageResponse<ContactResponse> search(@Valid @ModelAttribute ContactFilter filter,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
            @RequestParam(defaultValue = "lastName,asc") String sort) {
        Query query = Query.query(filter.criteria());
        long total = mongo.count(query, Contact.class);
        query.with(sortOf(sort)).skip((long) page * size).limit(size);
        return new PageResponse<>(contacts.respond(mongo.find(query, Contact.class)),
                page, size, total, (int) ((total + size - 1) / size));
    }

    static Sort sortOf(String sort) {
        String[] parts = sort.split(",", 2);
        String field = SORTABLE.get(parts[0].strip());
        String direction = parts.length > 1 ? parts[1].strip().toLowerCase(java.util.Locale.ROOT) : "asc";
        if (field == null || !(direction.equals("asc") || direction.equals("desc"))) {
            throw InvalidRequestException.of("sort", "use one of " + SORTABLE.keySet() + " with ,asc or ,desc");
        }
        return Sort.by(Sort.Direction.fromString(direction), field).and(Sort.by("_id"));
    }
}
