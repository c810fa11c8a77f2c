package dev.switchboard.contact.search;

import dev.switchboard.events.contact.Availability;
import dev.switchboard.events.contact.ContactKind;
import dev.switchboard.events.contact.IdentityType;
import jakarta.validation.constraints.Size;

/**
 * The filters of a contact search or export, as typed request parameters. Each becomes a term of the search
 * index, and {@code q} prefixes of normalized keys, so nothing a client sends is read as a query.
 *
 * @param deleted true lists the deleted contacts (the recycle bin); otherwise they are hidden
 */
record ContactFilter(
        @Size(max = 200) String q,
        IdentityType identityType,
        ContactKind kind,
        Availability availability,
        ContactFlag flag,
        @Size(max = 100) String accountId,
        @Size(max = 100) String group,
        @Size(max = 50) String tag,
        @Size(max = 100) String owner,
        Boolean deleted) {
}
