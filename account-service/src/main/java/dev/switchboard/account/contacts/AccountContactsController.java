package dev.switchboard.account.contacts;

import dev.switchboard.account.account.Account;
import dev.switchboard.account.account.AccountRepository;
import dev.switchboard.platform.web.NotFoundException;
import dev.switchboard.platform.web.PageRequests;
import dev.switchboard.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The contacts linked to an account, as contact-service's events told, with what each is primary for here. */
@Tag(name = "Account contacts", description = "The contacts linked to an account, and what each is primary for")
@RestController
class AccountContactsController {

    private final AccountRepository accounts;
    private final AccountContacts contacts;

    AccountContactsController(AccountRepository accounts, AccountContacts contacts) {
        this.accounts = accounts;
        this.contacts = contacts;
    }

    @Operation(summary = "List the account's contacts by name", operationId = "listAccountContacts",
            description = "As contact-service's events told: a contact linked a moment ago may take a moment to show.")
    @GetMapping(path = "/api/accounts/{id}/contacts", produces = MediaType.APPLICATION_JSON_VALUE)
    PageResponse<AccountContactResponse> contacts(@PathVariable String id,
            @Parameter(description = "list deleted contacts too") @RequestParam(defaultValue = "false") boolean deleted,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "contacts per page") @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        Account account = accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
        return PageResponse.of(contacts.of(id, deleted, PageRequests.of(page, size)),
                contact -> AccountContactResponse.of(contact, account));
    }

    record AccountContactResponse(String contactId, String displayName, String primaryEmail, boolean active,
            boolean primaryAccount, boolean deleted, boolean primaryContact, List<String> primaryRoles) {

        static AccountContactResponse of(LinkedContact contact, Account account) {
            return new AccountContactResponse(contact.contactId(), contact.displayName(), contact.primaryEmail(),
                    contact.active(), contact.primaryAccount(), contact.deleted(),
                    account.isPrimaryContact(contact.contactId()), account.rolesHeldBy(contact.contactId()));
        }
    }
}
