package dev.switchboard.account.account;

import dev.switchboard.platform.domain.DomainRuleViolation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Keeps the account hierarchy a forest: a parent exists, and an account is never its own ancestor, even when two
 * requests change parents at the same time (X below Y and Y below X, each checked before the other is saved).
 */
@Component
class ParentAccounts {

    /** Far deeper than any real group of companies; a longer walk means the data is already broken. */
    private static final int MAX_DEPTH = 100;

    private final AccountRepository accounts;

    ParentAccounts(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /**
     * Checks that {@code accountId} may have {@code parentId} as its parent (a null parent always may), and returns
     * the accounts above it as read, nearest first, for {@link #hold}.
     */
    List<Account> check(String accountId, String parentId) {
        List<Account> chain = new ArrayList<>();
        if (parentId == null) {
            return chain;
        }
        if (parentId.equals(accountId)) {
            throw DomainRuleViolation.unprocessable("An account cannot be its own parent account.");
        }
        Set<String> seen = new HashSet<>();
        String ancestor = parentId;
        while (ancestor != null) {
            if (ancestor.equals(accountId)) {
                throw DomainRuleViolation.unprocessable("Account '" + parentId + "' is below this account in the hierarchy;"
                        + " making it the parent account would form a cycle.");
            }
            if (!seen.add(ancestor) || seen.size() > MAX_DEPTH) {
                throw DomainRuleViolation.unprocessable("The hierarchy above account '" + parentId + "' is too deep.");
            }
            String current = ancestor;
            Account above = accounts.findById(current).orElseThrow(() -> DomainRuleViolation.unprocessable(
                    "Parent account '" + current + "' does not exist."));
            chain.add(above);
            ancestor = above.parentAccountId();
        }
        return chain;
    }

    /**
     * Writes each account of the chain back unchanged, which fails (optimistic locking, 409) if it changed since it
     * was read. Called before the account itself is saved: of two changes that would together close a cycle, each
     * holds the account the other one saves, so at most one of them gets through.
     */
    void hold(List<Account> chain) {
        chain.forEach(accounts::save);
    }
}
