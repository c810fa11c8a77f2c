package dev.switchboard.contact.search;

import dev.switchboard.contact.contact.AccountLink;
import dev.switchboard.contact.contact.Contact;
import dev.switchboard.events.contact.ContactDetails;
import dev.switchboard.platform.events.Address;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** A contact as one CSV row. Lists are joined with "; "; text that a spreadsheet would run as a formula is defused. */
final class ContactCsv {

    static final String[] HEADER = {"id", "prefix", "firstName", "middleName", "lastName", "suffix", "primaryEmail",
            "emails", "phones", "birthday", "description", "identityTypes", "kind", "availability", "leftCompany",
            "unsubscribed", "noThirdPartyMail", "marketing", "owner", "assignedTo", "reportsTo", "tags", "groups",
            "primaryAccountId", "accountIds", "addresses", "addressSync", "customFields", "deleted", "createdAt",
            "updatedAt"};

    private static final String FORMULA_STARTS = "=+-@\t\r\n\u0000\uFF1D\uFF0B\uFF0D\uFF20";

    private ContactCsv() {
    }

    static List<String> row(Contact contact) {
        ContactDetails d = contact.details();
        return List.of(contact.id(), text(d.prefix()), text(d.firstName()), text(d.middleName()), text(d.lastName()),
                text(d.suffix()), text(d.primaryEmail()),
                joined(d.emails().stream().map(ContactDetails.EmailAddress::address).toList()),
                joined(d.phones().stream().map(phone -> phone.type() + ":" + phone.number()).toList()),
                text(d.birthday()), text(d.description()),
                joined(d.identityTypes().stream().map(Enum::name).sorted().toList()), text(d.kind()),
                text(d.availability()), text(d.flags().leftCompany()), text(d.flags().unsubscribed()),
                text(d.flags().noThirdPartyMail()), text(d.flags().marketing()), text(d.owner()),
                text(d.assignedTo()), text(d.reportsTo()), joined(d.tags()), joined(d.groups()),
                text(contact.primaryAccountId()),
                joined(contact.accounts().stream().map(AccountLink::accountId).toList()),
                joined(d.addresses().stream().map(ContactCsv::address).toList()), text(d.addressSync()),
                joined(d.customFields().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted().toList()),
                text(contact.deleted()), text(contact.createdAt()), text(contact.updatedAt()));
    }

    private static String address(Address a) {
        return a.type() + ": " + List.of(Objects.toString(a.street(), ""), Objects.toString(a.postalCode(), ""),
                Objects.toString(a.city(), ""), Objects.toString(a.region(), ""), Objects.toString(a.country(), ""))
                .stream().filter(part -> !part.isBlank()).collect(Collectors.joining(", "));
    }

    private static String joined(List<String> values) {
        return text(String.join("; ", values));
    }

    /**
     * OWASP's advice on CSV injection: a cell starting with = + - @, a tab, CR or LF (or NUL, or the full-width
     * forms of = + - @ that some spreadsheets read as the same) is prefixed with ' so that no spreadsheet runs it as
     * a formula. No exception for things that look like numbers: -1-1 is a formula too.
     */
    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
