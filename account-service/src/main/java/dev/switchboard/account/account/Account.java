package dev.switchboard.account.account;

import dev.switchboard.platform.events.account.AccountCreated;
import dev.switchboard.platform.outbox.OutboxDocument;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A company or organisation that contacts belong to. */
@Document("accounts")
class Account extends OutboxDocument {

    @Id
    private String id;
    private String name;
    private PostalAddress address;
    private boolean active;
    private Instant createdAt;

    static Account create(String name, PostalAddress address, boolean active, Instant now) {
        Account account = new Account();
        account.id = UUID.randomUUID().toString();
        account.name = name;
        account.address = address;
        account.active = active;
        account.createdAt = now;
        account.raise(new AccountCreated(account.id, account.nextVersion(), name,
                address == null ? null : address.toEvent(), active));
        return account;
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    PostalAddress address() {
        return address;
    }

    boolean active() {
        return active;
    }

    Instant createdAt() {
        return createdAt;
    }
}
