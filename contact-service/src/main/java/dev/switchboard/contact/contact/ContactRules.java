package dev.switchboard.contact.contact;

import dev.switchboard.contact.customfield.CustomFields;
import dev.switchboard.events.contact.ContactDetails;
import dev.switchboard.events.contact.ContactDetails;
import dev.switchboard.events.contact.ContactDetails.EmailAddress;
import dev.switchboard.events.contact.ContactDetails.EmailAddress;
import dev.switchboard.platform.domain.DomainRuleViolation;
import dev.switchboard.platform.domain.InvalidValues;
import dev.switchboard.platform.web.InvalidRequestException;
import dev.switchboard.platform.web.UnprocessableException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The rules on contact details that constraints on single fields cannot express: one primary email among unique
 * ones, declared custom fields, and a reporting line without cycles.
 */
@Component
class ContactRules {

    private static final int MAX_REPORTING_DEPTH = 100;

    private final CustomFields customFields;
    private final ContactRepository contacts;

    ContactRules(CustomFields customFields, ContactRepository contacts) {
        this.customFields = customFields;
        this.contacts = contacts;
    }

    /** The details of a new contact as they will be stored. */
    ContactDetails checkNew(ContactDetails details) {
        return check(null, details, true).details();
    }

    /**
     * A contact's changed details as they will be stored, and, if its manager changes, the reporting line above it
     * as read, for {@link Contacts#saveBelow}. An unchanged reporting line is not walked again: a manager purged
     * meanwhile must not make the contacts below it unchangeable.
     */
    Checked checkChange(Contact contact, ContactDetails details) {
        return check(contact.id(), details, !Objects.equals(details.reportsTo(), contact.details().reportsTo()));
    }

    /** Checked, the first email made primary if none is. */
    private Checked check(String contactId, ContactDetails details, boolean newManager) {
        List<EmailAddress> emails = checkEmails(details.emails());
        List<Contact> reportingLine = newManager ? checkReportsTo(contactId, details.reportsTo()) : List.of();
        customFields.check(details.customFields());
        return new Checked(details.toBuilder().firstName(details.firstName().strip())
                .lastName(details.lastName().strip()).emails(emails).build(), reportingLine);
    }

    private static List<EmailAddress> checkEmails(List<EmailAddress> emails) {
        Set<String> seen = new HashSet<>();
        long primaries = 0;
        for (int i = 0; i < emails.size(); i++) {
            if (!seen.add(emails.get(i).address().toLowerCase(Locale.ROOT))) {
                throw InvalidValues.of("emails[" + i + "].address", "appears more than once");
            }
            primaries += emails.get(i).primary() ? 1 : 0;
        }
        if (primaries > 1) {
            throw InvalidValues.of("emails", "only one email can be primary");
        }
        if (primaries == 0 && !emails.isEmpty()) {
            List<EmailAddress> withPrimary = new ArrayList<>(emails);
            withPrimary.set(0, new EmailAddress(emails.getFirst().address(), true));
            return List.copyOf(withPrimary);
        }
        return emails;
    }

    private List<Contact> checkReportsTo(String contactId, String reportsTo) {
        List<Contact> line = new ArrayList<>();
        if (reportsTo == null) {
            return line;
        }
        if (reportsTo.equals(contactId)) {
            throw DomainRuleViolation.unprocessable("A contact cannot report to itself.");
        }
        String manager = reportsTo;
        for (int depth = 0; manager != null && depth < MAX_REPORTING_DEPTH; depth++) {
            Contact next = contacts.findById(manager).filter(found -> !found.purged()).orElse(null);
            if (next == null) {
                throw DomainRuleViolation.unprocessable(depth == 0
                        ? "reportsTo: contact " + reportsTo + " does not exist."
                        : "reportsTo: the reporting line of " + reportsTo + " is broken at " + manager + ".");
            }
            line.add(next);
            manager = next.details().reportsTo();
            if (contactId != null && contactId.equals(manager)) {
                throw DomainRuleViolation.unprocessable("reportsTo: " + reportsTo
                        + " already reports (directly or not) to this contact; that would make a cycle.");
            }
        }
        return line;
    }

    /** Details ready to store, and the contacts above them in the reporting line, nearest first, as read. */
    record Checked(ContactDetails details, List<Contact> reportingLine) {
    }
}
