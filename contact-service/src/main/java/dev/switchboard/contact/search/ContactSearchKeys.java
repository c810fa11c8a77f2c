package dev.switchboard.contact.search;

import dev.switchboard.events.contact.ContactDetails;
import dev.switchboard.events.contact.ContactDetails.EmailAddress;
import dev.switchboard.events.contact.ContactDetails.PhoneNumber;
import dev.switchboard.platform.search.SearchKeys;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What a contact is found by: its names, its emails, its phone numbers; and how it sorts by name. */
final class ContactSearchKeys {

    private ContactSearchKeys() {
    }

    static List<String> of(ContactDetails details) {
        Set<String> keys = new LinkedHashSet<>(SearchKeys.words(details.prefix(), details.firstName(),
                details.middleName(), details.lastName(), details.suffix()));
        details.emails().stream().map(EmailAddress::address).forEach(email -> keys.addAll(SearchKeys.email(email)));
        details.phones().stream().map(PhoneNumber::number).forEach(phone -> keys.addAll(SearchKeys.phone(phone)));
        return List.copyOf(keys);
    }

    static String sortName(ContactDetails details) {
        return SearchKeys.normalize(details.lastName() + " " + details.firstName());
    }
}
