package dev.switchboard.contact.contact;

import dev.switchboard.contact.accounts.AccountDirectory;
import dev.switchboard.events.contact.ContactDetails;
import dev.switchboard.events.contact.ContactDetails;
import dev.switchboard.platform.context.EventContexts;
import dev.switchboard.platform.web.ConflictException;
import dev.switchboard.platform.web.InvalidRequestException;
import dev.switchboard.platform.web.MergePatches;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Creating, reading and editing a contact's details. */
@RestController
@RequestMapping(path = "/api/contacts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Contacts", description = "A contact's details: create, read and change them.")
class ContactController {

    /** Fields clients see but change only through their own requests (links, deletion) or never. */
    static final Set<String> READ_ONLY = Set.of("id", "primaryAccountId", "accounts", "deleted", "deletedAt",
            "version", "createdAt", "updatedAt");

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

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a contact", operationId = "createContact",
            description = "The body is the contact's details plus `accountId`, its first and primary account, which "
                    + "must exist and be active. The creator owns the contact unless `owner` names someone else. "
                    + "Answers 201 with the contact and its address in `Location`.")
    ResponseEntity<ContactResponse> create(@Valid @RequestBody CreateContact request) {
        patches.validate(request.details());
        ContactDetails details = request.details().details();
        if (details.owner() == null) {
            details = details.toBuilder().owner(contexts.current().actorName()).build();
        }
        details = rules.checkNew(details);
        accounts.requireActive(request.accountId());
        Contact contact = contacts.save(Contact.create(details, request.accountId(), contacts.now()));
        return ResponseEntity.created(URI.create("/api/contacts/" + contact.id())).body(contacts.respond(contact));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a contact", operationId = "getContact")
    ContactResponse get(@PathVariable String id) {
        return contacts.respond(contacts.require(id));
    }

    @PatchMapping(path = "/{id}", consumes = {MergePatches.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Change a contact's details", operationId = "patchContact",
            description = "A JSON Merge Patch (RFC 7396) of the details: the fields it names are set, a null removes "
                    + "one, the others stay. Fields that are not details (`id`, `accounts`, `deleted`...) are "
                    + "refused by name. A deleted contact must be restored first.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MergePatches.MEDIA_TYPE,
            schema = @Schema(implementation = EditContact.class)))
    ContactResponse patch(@PathVariable String id, @RequestBody JsonNode patch) {
        Contact contact = contacts.require(id);
        contact.requireNotDeleted("restore it before editing");
        EditContact edited = patches.apply(contact.details(), patch, EditContact.class, READ_ONLY);
        ContactRules.Checked patched = rules.checkChange(contact, edited.details());
        contact.update(patched.details(), contacts.now());
        return contacts.respond(contacts.saveBelow(contact, patched.reportingLine()));
    }
}
