package dev.switchboard.contact.search;

import dev.switchboard.contact.contact.Contact;
import dev.switchboard.contact.contact.ContactRepository;
import dev.switchboard.contact.contact.Contacts;
import dev.switchboard.contact.contact.ContactResponse;
import dev.switchboard.platform.web.InvalidRequestException;
import dev.switchboard.platform.web.PageRequests;
import dev.switchboard.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The contact list: search by name, email or phone prefix, typed filters, paging and a few sort orders, answered
 * by the search index; the contacts themselves are then read from MongoDB by id.
 */
@RestController
@RequestMapping(path = "/api/contacts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Contact search and export", description = "The contact list: search, filter, sort, page and export.")
class ContactSearchController {

    /** How deep a client may page: each page costs the index a sort of every result before it. */
    private static final int MAX_RESULT_WINDOW = 10_000;

    private final ContactIndex index;
    private final ContactRepository repository;
    private final Contacts contacts;

    ContactSearchController(ContactIndex index, ContactRepository repository, Contacts contacts) {
        this.index = index;
        this.repository = repository;
        this.contacts = contacts;
    }

    @GetMapping
    @Operation(summary = "Search contacts", operationId = "searchContacts",
            description = "Contacts matching every filter given, a page at a time. `q` matches the start of a name, an "
                    + "email or a phone number. Deleted contacts are listed only with `deleted=true`.")
    PageResponse<ContactResponse> search(@Valid @ParameterObject @ModelAttribute ContactFilter filter,
            @Parameter(description = "the page, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "contacts per page")
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
            @Parameter(description = "lastName, firstName, createdAt or updatedAt, then ,asc or ,desc")
            @RequestParam(defaultValue = "lastName,asc") String sort) {
        PageRequests.check(page, size, MAX_RESULT_WINDOW);
        String[] parts = sort.split(",", 2);
        String field = parts[0].strip();
        String direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
        if (!ContactIndex.sortable(field) || !(direction.equals("asc") || direction.equals("desc"))) {
            throw InvalidRequestException.of("sort", "use lastName, firstName, createdAt or updatedAt with ,asc or ,desc");
        }
        ContactIndex.Hits hits = index.search(filter, field, direction.equals("desc"), page, size);
        Map<String, Contact> found = new HashMap<>();
        repository.findAllById(hits.ids()).forEach(contact -> found.put(contact.id(), contact));
        List<Contact> inOrder = hits.ids().stream().map(found::get).filter(Objects::nonNull).toList();
        return new PageResponse<>(contacts.respond(inOrder), page, size, hits.total(),
                (hits.total() + size - 1) / size);
    }
}
