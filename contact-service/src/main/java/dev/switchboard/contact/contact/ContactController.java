package dev.switchboard.contact.contact;

import dev.switchboard.contact.accounts.AccountDirectory;
import dev.switchboard.events.contact.ContactDetails;
import dev.switchboard.platform.context.EventContexts;
import dev.switchboard.platform.web.ConflictException;
import dev.switchboard.platform.web.InvalidRequestException;
import dev.switchboard.platform.web.MergePatches;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Creating, reading and editing a contact's details. */
@RestController
@RequestMapping(path = "/api/contacts", produces = MediaType.APPLICATION_JSON_VALUE)
class ContactController {

    /** Fields clients see but change only through their own requests (links, deletion) or never. */
    static final Set<String> READ_ONLY = Set.of("id", "primaryAccountId", "accounts", "deleted", "deletedAt",
            "version", "createdAt", "updatedAt");

    private static final ContactDetails BLANK = ContactDetails.builder().build();

    private final Contacts contacts;
    private final ContactRules rules;
    private final MergePatches patches;
    private final AccountDirectory accounts;
    private final EventContexts contexts;

    ContactController(Contacts contacts, ContactRules rules, MergePatches patches, AccountDirectory accounts,
            EventContexts contexts) {
        this.contacts = contacts;
        this.rules = rules;
        this.patches = patches;
        this.accounts = accounts;
        this.contexts = contexts;
    }

    /** The body is the contact's details plus {@code accountId}, its first and primary account. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ContactResponse> create(@RequestBody JsonNode body) {
        if (!(body instanceof ObjectNode fields)) {
            throw InvalidRequestException.of("", "the body is a JSON object");
        }
        JsonNode accountId = fields.remove("accountId");
        if (accountId == null || !accountId.isString() || accountId.asString().isBlank()) {
            throw InvalidRequestException.of("accountId", "every contact belongs to an account; name it");
        }
        ContactDetails details = patches.apply(BLANK, fields, ContactDetails.class, READ_ONLY);
        if (details.owner() == null) {
            details = details.toBuilder().owner(contexts.current().actorName()).build();
        }
        details = rules.checkNew(details);
        accounts.requireActive(accountId.asString());
        Contact contact = contacts.save(Contact.create(details, accountId.asString(), contacts.now()));
        return ResponseEntity.created(URI.create("/api/contacts/" + contact.id())).body(contacts.respond(contact));
    }

    @GetMapping("/{id}")
    ContactResponse get(@PathVariable String id) {
        return contacts.respond(contacts.require(id));
    }

    @PatchMapping(path = "/{id}", consumes = {MergePatches.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
    ContactResponse patch(@PathVariable String id, @RequestBody JsonNode patch) {
        Contact contact = contacts.require(id);
        if (contact.deleted()) {
            throw new ConflictException("The contact is deleted.", List.of("restore it before editing"));
        }
        ContactRules.Checked patched = rules.checkChange(contact,
                patches.apply(contact.details(), patch, ContactDetails.class, READ_ONLY));
        contact.update(patched.details(), contacts.now());
        return contacts.respond(contacts.saveBelow(contact, patched.reportingLine()));
    }
}
