package dev.switchboard.account.account;

import java.time.Instant;

record AccountResponse(String id, String name, PostalAddress address, boolean active, long version, Instant createdAt) {

    static AccountResponse of(Account account) {
        return new AccountResponse(account.id(), account.name(), account.address(), account.active(),
                account.version(), account.createdAt());
    }
}
