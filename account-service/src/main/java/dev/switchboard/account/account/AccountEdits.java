package dev.switchboard.account.account;

import dev.switchboard.events.account.AccountDetails;
import dev.switchboard.platform.web.InvalidRequestException;
import dev.switchboard.platform.web.MergePatches;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads what a client sends to create or change an account: the account's details as a JSON merge patch, plus
 * {@code active}. A field the client may only read, or one accounts do not have, is refused by name.
 */
@Component
class AccountEdits {

    static final Set<String> READ_ONLY = Set.of("id", "version", "createdAt", "primaryContactId", "primaryRoles");
    private static final AccountDetails NOTHING = new AccountDetails(null, null, null, null, List.of(), null);

    private final MergePatches patches;

    AccountEdits(MergePatches patches) {
        this.patches = patches;
    }

    AccountEdit toCreate(JsonNode body) {
        return apply(NOTHING, true, body);
    }

    AccountEdit toChange(Account account, JsonNode patch) {
        return apply(account.details(), account.active(), patch);
    }

    private AccountEdit apply(AccountDetails current, boolean active, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw InvalidRequestException.of("", "the body must be a JSON object");
        }
        ObjectNode detailsPatch = ((ObjectNode) body).deepCopy();
        JsonNode activeValue = detailsPatch.remove("active");
        if (activeValue != null && !activeValue.isBoolean()) {
            throw InvalidRequestException.of("active", "must be true or false");
        }
        AccountDetails details = patches.apply(current, detailsPatch, AccountDetails.class, READ_ONLY);
        return new AccountEdit(withStrippedName(details), activeValue == null ? active : activeValue.asBoolean());
    }

    private static AccountDetails withStrippedName(AccountDetails details) {
        return new AccountDetails(details.name().strip(), details.type(), details.website(), details.phone(),
                details.addresses(), details.parentAccountId());
    }

    record AccountEdit(AccountDetails details, boolean active) {
    }
}
