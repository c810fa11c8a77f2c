package dev.switchboard.contact.contact;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.switchboard.contact.accounts.AccountView;
import dev.switchboard.events.contact.ContactDetails;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** A contact as clients see it: its details at the top level, its account links with their names. */
public record ContactResponse(
        String id,
        @JsonUnwrapped ContactDetails details,
        String primaryAccountId,
        List<Link> accounts,
        boolean deleted,
        Instant deletedAt,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static ContactResponse of(Contact contact, Map<String, AccountView> accounts) {
        List<Link> links = contact.accounts().stream()
                .map(link -> new Link(link.accountId(), nameOf(accounts.get(link.accountId())), link.active(),
                        link.accountId().equals(contact.primaryAccountId())))
                .sorted(Comparator.comparing(Link::primary).reversed().thenComparing(Link::accountId))
                .toList();
        return new ContactResponse(contact.id(), contact.details(), contact.primaryAccountId(), links,
                contact.deleted(), contact.deletedAt(), contact.version(), contact.createdAt(), contact.updatedAt());
    }

    private static String nameOf(AccountView account) {
        return account == null ? null : account.name();
    }

    /** One account the contact belongs to; {@code primary} marks its root account. */
    public record Link(String accountId, String accountName, boolean active, boolean primary) {
    }
}
