package dev.switchboard.account.account;

import dev.switchboard.events.account.AccountDetails;
import dev.switchboard.platform.search.SearchKeys;
import java.util.Set;

/** What an account is found by (its name's words and its phone's digits) and how it sorts by name. */
final class AccountSearchKeys {

    private AccountSearchKeys() {
    }

    static Set<String> of(AccountDetails details) {
        Set<String> keys = SearchKeys.words(details.name());
        keys.addAll(SearchKeys.phone(details.phone()));
        return keys;
    }

    static String sortName(AccountDetails details) {
        return SearchKeys.normalize(details.name());
    }
}
