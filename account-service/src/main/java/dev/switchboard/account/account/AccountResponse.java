package dev.switchboard.account.account;

import dev.switchboard.platform.events.Address;
import java.time.Instant;
import java.util.List;
import java.util.Map;

record AccountResponse(String id, String name, String type, String website, String phone, List<Address> addresses,
        String parentAccountId, boolean active, String primaryContactId, Map<String, String> primaryRoles,
        long version, Instant createdAt) {

    static AccountResponse of(Account account) {
        var details = account.details();
        return new AccountResponse(account.id(), details.name(), details.type(), details.website(), details.phone(),
                details.addresses(), details.parentAccountId(), account.active(), account.primaryContactId(),
                account.primaryRoles(), account.version(), account.createdAt());
    }
}
