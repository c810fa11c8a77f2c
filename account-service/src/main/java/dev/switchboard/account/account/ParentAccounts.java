package dev.switchboard.account.account;

import dev.switchboard.platform.web.UnprocessableException;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Keeps the account hierarchy a forest: a parent exists, and an account is never its own ancestor. */
@Component
class ParentAccounts {

    /** Far deeper than any real group of companies; a longer walk means the data is already broken. */
    private static final int MAX_DEPTH = 100;

    private final AccountRepository accounts;

    ParentAccounts(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Checks that {@code accountId} may have {@code parentId} as its parent; a null parent always may. */
    void check(String accountId, String parentId) {
        if (parentId == null) {
            return;
        }
        if (parentId.equals(accountId)) {
            throw new UnprocessableException("An account cannot be its own parent account.");
        }
        Set<String> seen = new HashSet<>();
        String ancestor = parentId;
        while (ancestor != null) {
            if (ancestor.equals(accountId)) {
                throw new UnprocessableException("Account '" + parentId + "' is below this account in the hierarchy;"
                        + " making it the parent account would form a cycle.");
            }
            if (!seen.add(ancestor) || seen.size() > MAX_DEPTH) {
                throw new UnprocessableException("The hierarchy above account '" + parentId + "' is too deep.");
            }
            String current = ancestor;
            ancestor = accounts.findById(current)
                    .orElseThrow(() -> new UnprocessableException(
                            "Parent account '" + current + "' does not exist."))
                    .parentAccountId();
        }
    }
}
