package dev.switchboard.account.contacts;

import dev.switchboard.account.account.Account;
import dev.switchboard.account.account.AccountRepository;
import dev.switchboard.platform.web.NotFoundException;
import dev.switchboard.platform.web.PageRequests;
import dev.switchboard.platform.web.PageResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The contacts linked to an account, as contact-service's events told, with what each is primary for here. */
@RestController
class AccountContactsController {

    private final AccountRepository accounts;
    private final AccountContacts contacts;

    AccountContactsController(AccountRepository accounts, AccountContacts contacts) {
        this.accounts = accounts;
        this.contacts = contacts;
    }

    @GetMapping(path = "/api/accounts/{id}/contacts", produces = MediaType.APPLICATION_JSON_VALUE)
    PageResponse<AccountContactResponse> contacts(@PathVariable String id,
            @RequestParam(defaultValue = "false") boolean deleted,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
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
