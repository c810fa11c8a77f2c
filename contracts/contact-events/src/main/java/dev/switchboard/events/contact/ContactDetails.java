package dev.switchboard.events.contact;

import dev.switchboard.platform.events.Address;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an editor may set on a contact, as stored and as published in events; requests have their own records,
 * which carry the limits. Links to accounts and the deleted state are not details; they change through their own
 * requests and events.
 *
 * @param owner        the user who manages the contact
 * @param assignedTo   the user the contact is assigned to
 * @param reportsTo    the id of the contact this one reports to
 * @param pictureRef   where the contact's picture is kept (a URL or a document id)
 * @param customFields values of the custom fields declared for contacts, by key
 * @param addressSync  whether the primary account's addresses are copied to this contact when they change
 */
public record ContactDetails(
        String prefix,
        String firstName,
        String middleName,
        String lastName,
        String suffix,
        List<EmailAddress> emails,
        List<PhoneNumber> phones,
        LocalDate birthday,
        String description,
        String pictureRef,
        Set<IdentityType> identityTypes,
        ContactKind kind,
        Availability availability,
        Flags flags,
        String owner,
        String assignedTo,
        String reportsTo,
        List<String> tags,
        List<String> groups,
        Map<String, Object> customFields,
        List<Address> addresses,
        boolean addressSync) {

    public ContactDetails {
        emails = emails == null ? List.of() : List.copyOf(emails);
        phones = phones == null ? List.of() : List.copyOf(phones);
        identityTypes = identityTypes == null ? Set.of() : Set.copyOf(identityTypes);
        flags = flags == null ? Flags.NONE : flags;
        tags = tags == null ? List.of() : List.copyOf(tags);
        groups = groups == null ? List.of() : List.copyOf(groups);
        customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }

    /** The primary email address, if the contact has any. */
    public String primaryEmail() {
        return emails.stream().filter(EmailAddress::primary).map(EmailAddress::address).findFirst()
                .orElse(emails.isEmpty() ? null : emails.getFirst().address());
    }

    public String displayName() {
        return firstName + " " + lastName;
    }

    /** Details with nothing set, to be filled by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A copy to change by name: {@code details.toBuilder().owner("ada").build()}. */
    public Builder toBuilder() {
        return new Builder()
                .prefix(prefix)
                .firstName(firstName)
                .middleName(middleName)
                .lastName(lastName)
                .suffix(suffix)
                .emails(emails)
                .phones(phones)
                .birthday(birthday)
                .description(description)
                .pictureRef(pictureRef)
                .identityTypes(identityTypes)
                .kind(kind)
                .availability(availability)
                .flags(flags)
                .owner(owner)
                .assignedTo(assignedTo)
                .reportsTo(reportsTo)
                .tags(tags)
                .groups(groups)
                .customFields(customFields)
                .addresses(addresses)
                .addressSync(addressSync);
    }

    /** Builds details by field name, so adding a field never means editing every positional call. */
    public static final class Builder {

        private String prefix;
        private String firstName;
        private String middleName;
        private String lastName;
        private String suffix;
        private List<EmailAddress> emails;
        private List<PhoneNumber> phones;
        private LocalDate birthday;
        private String description;
        private String pictureRef;
        private Set<IdentityType> identityTypes;
        private ContactKind kind;
        private Availability availability;
        private Flags flags;
        private String owner;
        private String assignedTo;
        private String reportsTo;
        private List<String> tags;
        private List<String> groups;
        private Map<String, Object> customFields;
        private List<Address> addresses;
        private boolean addressSync;

        private Builder() {
        }

        public Builder prefix(String prefix) {
            this.prefix = prefix;
            return this;
        }

        public Builder firstName(String firstName) {
            this.firstName = firstName;
            return this;
        }

        public Builder middleName(String middleName) {
            this.middleName = middleName;
            return this;
        }

        public Builder lastName(String lastName) {
            this.lastName = lastName;
            return this;
        }

        public Builder suffix(String suffix) {
            this.suffix = suffix;
            return this;
        }

        public Builder emails(List<EmailAddress> emails) {
            this.emails = emails;
            return this;
        }

        public Builder phones(List<PhoneNumber> phones) {
            this.phones = phones;
            return this;
        }

        public Builder birthday(LocalDate birthday) {
            this.birthday = birthday;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder pictureRef(String pictureRef) {
            this.pictureRef = pictureRef;
            return this;
        }

        public Builder identityTypes(Set<IdentityType> identityTypes) {
            this.identityTypes = identityTypes;
            return this;
        }

        public Builder kind(ContactKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder availability(Availability availability) {
            this.availability = availability;
            return this;
        }

        public Builder flags(Flags flags) {
            this.flags = flags;
            return this;
        }

        public Builder owner(String owner) {
            this.owner = owner;
            return this;
        }

        public Builder assignedTo(String assignedTo) {
            this.assignedTo = assignedTo;
            return this;
        }

        public Builder reportsTo(String reportsTo) {
            this.reportsTo = reportsTo;
            return this;
        }

        public Builder tags(List<String> tags) {
            this.tags = tags;
            return this;
        }

        public Builder groups(List<String> groups) {
            this.groups = groups;
            return this;
        }

        public Builder customFields(Map<String, Object> customFields) {
            this.customFields = customFields;
            return this;
        }

        public Builder addresses(List<Address> addresses) {
            this.addresses = addresses;
            return this;
        }

        public Builder addressSync(boolean addressSync) {
            this.addressSync = addressSync;
            return this;
        }

        public ContactDetails build() {
            return new ContactDetails(prefix, firstName, middleName, lastName, suffix, emails, phones, birthday, description, pictureRef, identityTypes, kind, availability, flags, owner, assignedTo, reportsTo, tags, groups, customFields, addresses, addressSync);
        }
    }

    public record EmailAddress(String address, boolean primary) {
    }

    public record PhoneNumber(String number, PhoneType type) {
    }

    /**
     * Communication and status flags (seed terms: Left Company, Unsubscribe from Communications, No 3rd Party
     * Mail, Marketing Contact).
     */
    public record Flags(boolean leftCompany, boolean unsubscribed, boolean noThirdPartyMail, boolean marketing) {

        public static final Flags NONE = new Flags(false, false, false, false);
    }
}
