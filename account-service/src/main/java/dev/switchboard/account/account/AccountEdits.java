package dev.switchboard.account.account;

import dev.switchboard.platform.domain.InvalidValues;
import dev.switchboard.platform.web.MergePatches;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reads a JSON merge patch of an account's {@link AccountFields}. A field the client may only read, or one accounts
 * do not have, is refused by name.
 */
@Component
class AccountEdits {

    static final Set<String> READ_ONLY = Set.of("id", "version", "createdAt", "primaryContactId", "primaryRoles");

    private final MergePatches patches;

    AccountEdits(MergePatches patches) {
        this.patches = patches;
    }

    /** The account's fields after the patch; {@code active} may be changed, never removed. */
    AccountFields toChange(Account account, JsonNode patch) {
        JsonNode active = patch == null ? null : patch.get("active");
        if (active != null && !active.isBoolean()) {
            throw InvalidValues.of("active", "must be true or false");
        }
        return patches.apply(AccountFields.of(account.details(), account.active()), patch, AccountFields.class,
                READ_ONLY);
    }
}
