package dev.switchboard.contact.accounts;

import dev.switchboard.platform.events.Address;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What contact-service knows of an account, kept from account events: enough to check links, show names and copy
 * addresses. {@code version} is the account's version this view reflects, so older events never overwrite newer.
 */
@Document("account_view")
public record AccountView(@Id String id, String name, boolean active, List<Address> addresses, long version) {

    public AccountView {
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }
}
