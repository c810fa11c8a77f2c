package dev.switchboard.contact.contact;

import dev.switchboard.contact.accounts.AccountDirectory;
import dev.switchboard.contact.accounts.AccountView;
import dev.switchboard.platform.web.ConflictException;
import dev.switchboard.platform.web.UnprocessableException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
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
class ContactAccountsController {

    private final Contacts contacts;
    private final AccountDirectory accounts;

    ContactAccountsController(Contacts contacts, AccountDirectory accounts) {
        this.contacts = contacts;
        this.accounts = accounts;
    }

    /** Links the contact to an account, or sets an existing link active or inactive. */
    @PostMapping(path = "/accounts", consumes = MediaType.APPLICATION_JSON_VALUE)
    ContactResponse link(@PathVariable String id, @Valid @RequestBody LinkRequest request) {
        Contact contact = editable(id);
        accounts.requireActive(request.accountId());
        contact.link(request.accountId(), request.active() == null || request.active(), contacts.now());
        return contacts.respond(contacts.save(contact));
    }

    @DeleteMapping("/accounts/{accountId}")
    ContactResponse unlink(@PathVariable String id, @PathVariable String accountId) {
        Contact contact = editable(id);
        contact.unlink(accountId, contacts.now());
        return contacts.respond(contacts.save(contact));
    }

    @PutMapping(path = "/primary-account", consumes = MediaType.APPLICATION_JSON_VALUE)
    ContactResponse makePrimary(@PathVariable String id, @Valid @RequestBody AccountRequest request) {
        Contact contact = editable(id);
        accounts.requireActive(request.accountId());
        contact.makePrimary(request.accountId(), contacts.now());
        return contacts.respond(contacts.save(contact));
    }

    @PostMapping(path = "/move", consumes = MediaType.APPLICATION_JSON_VALUE)
    ContactResponse move(@PathVariable String id, @Valid @RequestBody MoveRequest request) {
        Contact contact = editable(id);
        contact.requireLink(request.fromAccountId());
        accounts.requireActive(request.toAccountId());
        contact.move(request.fromAccountId(), request.toAccountId(), contacts.now());
        return contacts.respond(contacts.save(contact));
    }

    @PostMapping(path = "/fill-address-from-account", consumes = MediaType.APPLICATION_JSON_VALUE)
    ContactResponse fillAddress(@PathVariable String id, @Valid @RequestBody AccountRequest request) {
        Contact contact = editable(id);
        contact.requireLink(request.accountId());
        AccountView account = accounts.find(request.accountId()).orElseThrow(() ->
                new UnprocessableException("Account " + request.accountId() + " does not exist."));
        if (account.addresses().isEmpty()) {
            throw new UnprocessableException("Account " + request.accountId() + " has no address to copy.");
        }
        contact.copyAddresses(account.addresses(), contacts.now());
        return contacts.respond(contacts.save(contact));
    }

    private Contact editable(String id) {
        Contact contact = contacts.require(id);
        if (contact.deleted()) {
            throw new ConflictException("The contact is deleted.", List.of("restore it before changing its accounts"));
        }
        return contact;
    }

    record LinkRequest(@NotBlank String accountId, Boolean active) {
    }

    record AccountRequest(@NotBlank String accountId) {
    }

    record MoveRequest(@NotBlank String fromAccountId, @NotBlank String toAccountId) {
    }
}
