package dev.switchboard.account.primaries;

import dev.switchboard.account.account.AccountRepository;
import dev.switchboard.account.contacts.ContactLeftAccount;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A contact that left an account, or was deleted, is no longer its primary contact nor holds its primary roles. Runs inside the
 * handling of the contact event, so the removals are attributed to the system and caused by that event; a failure
 * fails the handling, which is retried.
 */
@Component
class PrimariesOfDepartedContacts {

    private final AccountRepository accounts;

    PrimariesOfDepartedContacts(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void on(ContactLeftAccount left) {
        accounts.findById(left.accountId())
                .filter(account -> account.release(left.contactId()))
                .ifPresent(accounts::save);
    }
}
