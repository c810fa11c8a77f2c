package dev.switchboard.contact.contact;

import dev.switchboard.platform.events.contact.Availability;
import dev.switchboard.platform.events.contact.ContactKind;
import dev.switchboard.platform.events.contact.IdentityType;
import dev.switchboard.platform.search.SearchKeys;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The filters of a contact search or export, as typed request parameters. Each becomes an equality on a known
 * field, and {@code q} a prefix match on normalized keys, so nothing a client sends is read as a query document.
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

    Criteria criteria() {
        List<Criteria> all = new ArrayList<>();
        all.add(Criteria.where("purged").is(false));
        all.add(Criteria.where("deleted").is(Boolean.TRUE.equals(deleted)));
        if (q != null && !SearchKeys.terms(q).isEmpty()) {
            all.add(SearchKeys.matching("searchKeys", q));
        }
        equal(all, "details.identityTypes", identityType == null ? null : identityType.name());
        equal(all, "details.kind", kind == null ? null : kind.name());
        equal(all, "details.availability", availability == null ? null : availability.name());
        if (flag != null) {
            all.add(Criteria.where("details.flags." + flag.name()).is(true));
        }
        equal(all, "accounts.accountId", accountId);
        equal(all, "details.groups", group);
        equal(all, "details.tags", tag);
        equal(all, "details.owner", owner);
        return new Criteria().andOperator(all);
    }

    private static void equal(List<Criteria> all, String field, String value) {
        if (value != null && !value.isBlank()) {
            all.add(Criteria.where(field).is(value));
        }
    }
}
