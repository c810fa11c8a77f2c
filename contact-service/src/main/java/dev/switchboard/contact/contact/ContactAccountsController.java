package dev.switchboard.contact.contact;

import dev.switchboard.contact.accounts.AccountDirectory;
import dev.switchboard.contact.accounts.AccountView;
import dev.switchboard.platform.domain.DomainRuleViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The seed's Accounts section of a contact: add, remove, make primary, move, and copy an account's address. */
@RestController
@RequestMapping(path = "/api/contacts/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Contact accounts", description = "The accounts a contact belongs to, and which one is its primary.")
class ContactAccountsController {

    private static final String RESTORE_FIRST = "restore it before changing its accounts";

    private final Contacts contacts;
    private final AccountDirectory accounts;

    ContactAccountsController(Contacts contacts, AccountDirectory accounts) {
        this.contacts = contacts;
        this.accounts = accounts;
    }

    @PostMapping(path = "/accounts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Link a contact to an account", operationId = "linkContactToAccount",
            description = "Links the contact to an active account, or sets an existing link active or inactive. "
                    + "The primary account's link stays active.")
    ContactResponse link(@PathVariable String id, @Valid @RequestBody LinkRequest request) {
        Contact contact = editable(id);
        accounts.requireActive(request.accountId());
        contact.link(request.accountId(), request.active() == null || request.active(), contacts.now());
        return contacts.respond(contacts.save(contact));
    }

    @DeleteMapping("/accounts/{accountId}")
    @Operation(summary = "Unlink a contact from an account", operationId = "unlinkContactFromAccount",
            description = "Neither the primary account nor a contact's only account can be unlinked.")
    ContactResponse unlink(@PathVariable String id, @PathVariable String accountId) {
        Contact contact = editable(id);
        contact.unlink(accountId, contacts.now());
        return contacts.respond(contacts.save(contact));
    }

    @PutMapping(path = "/primary-account", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Make an account the contact's primary one", operationId = "makeContactPrimaryAccount",
            description = "The account must be active and already linked by an active link.")
    ContactResponse makePrimary(@PathVariable String id, @Valid @RequestBody AccountRequest request) {
        Contact contact = editable(id);
        accounts.requireActive(request.accountId());
        contact.makePrimary(request.accountId(), contacts.now());
        return contacts.respond(contacts.save(contact));
    }

    @PostMapping(path = "/move", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Move a contact to another account", operationId = "moveContact",
            description = "The contact leaves one account for another, which becomes primary if the one it leaves was.")
    ContactResponse move(@PathVariable String id, @Valid @RequestBody MoveRequest request) {
        Contact contact = editable(id);
        contact.requireLink(request.fromAccountId());
        accounts.requireActive(request.toAccountId());
        contact.move(request.fromAccountId(), request.toAccountId(), contacts.now());
        return contacts.respond(contacts.save(contact));
    }

    @PostMapping(path = "/fill-address-from-account", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Copy an account's addresses to a contact", operationId = "fillContactAddressFromAccount",
            description = "Replaces the contact's addresses with those of an account it is linked to.")
    ContactResponse fillAddress(@PathVariable String id, @Valid @RequestBody AccountRequest request) {
        Contact contact = editable(id);
        contact.requireLink(request.accountId());
        AccountView account = accounts.find(request.accountId()).orElseThrow(() ->
                DomainRuleViolation.unprocessable("Account " + request.accountId() + " does not exist."));
        if (account.addresses().isEmpty()) {
            throw DomainRuleViolation.unprocessable("Account " + request.accountId() + " has no address to copy.");
        }
        contact.copyAddresses(account.addresses(), contacts.now());
        return contacts.respond(contacts.save(contact));
    }

    private Contact editable(String id) {
        Contact contact = contacts.require(id);
        contact.requireNotDeleted(RESTORE_FIRST);
        return contact;
    }

    /** @param active whether the link is active; true if left out */
    record LinkRequest(@NotBlank String accountId, @Schema(defaultValue = "true") Boolean active) {
    }

    record AccountRequest(@NotBlank String accountId) {
    }

    record MoveRequest(@NotBlank String fromAccountId, @NotBlank String toAccountId) {
    }
}
