package dev.switchboard.platform.events.contact;

import dev.switchboard.platform.events.Address;
import dev.switchboard.platform.events.MultiLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an editor may set on a contact: the same shape in the API, in storage and in events. Links to accounts
 * and the deleted state are not details; they change through their own requests and events.
 *
 * @param owner        the user who manages the contact
 * @param assignedTo   the user the contact is assigned to
 * @param reportsTo    the id of the contact this one reports to
 * @param pictureRef   where the contact's picture is kept (a URL or a document id)
 * @param customFields values of the custom fields declared for contacts, by key
 * @param addressSync  whether the primary account's addresses are copied to this contact when they change
 */
public record ContactDetails(
        @Size(max = 20) String prefix,
        @NotBlank @Size(max = 100) String firstName,
        @Size(max = 100) String middleName,
        @NotBlank @Size(max = 100) String lastName,
        @Size(max = 20) String suffix,
        @Valid @Size(max = 20) List<EmailAddress> emails,
        @Valid @Size(max = 20) List<PhoneNumber> phones,
        @PastOrPresent LocalDate birthday,
        @MultiLine @Size(max = 4000) String description,
        @Size(max = 500) String pictureRef,
        Set<IdentityType> identityTypes,
        ContactKind kind,
        Availability availability,
        Flags flags,
        @Size(max = 100) String owner,
        @Size(max = 100) String assignedTo,
        @Size(max = 100) String reportsTo,
        @Size(max = 50) List<@NotBlank @Size(max = 50) String> tags,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> groups,
        @Size(max = 100) Map<String, Object> customFields,
        @Valid @Size(max = 20) List<Address> addresses,
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

    public ContactDetails withAddresses(List<Address> newAddresses) {
        return new ContactDetails(prefix, firstName, middleName, lastName, suffix, emails, phones, birthday,
                description, pictureRef, identityTypes, kind, availability, flags, owner, assignedTo, reportsTo, tags,
                groups, customFields, newAddresses, addressSync);
    }

    public ContactDetails withOwner(String newOwner) {
        return new ContactDetails(prefix, firstName, middleName, lastName, suffix, emails, phones, birthday,
                description, pictureRef, identityTypes, kind, availability, flags, newOwner, assignedTo, reportsTo,
                tags, groups, customFields, addresses, addressSync);
    }

    public record EmailAddress(@NotBlank @Email @Size(max = 254) String address, boolean primary) {
    }

    public record PhoneNumber(
            @NotBlank @Pattern(regexp = "^\\+?[0-9 ()./-]{3,40}$", message = "must be a phone number") String number,
            @NotNull PhoneType type) {
    }

    /**
     * Communication and status flags (seed terms: Left Company, Unsubscribe from Communications, No 3rd Party
     * Mail, Marketing Contact).
     */
    public record Flags(boolean leftCompany, boolean unsubscribed, boolean noThirdPartyMail, boolean marketing) {

        public static final Flags NONE = new Flags(false, false, false, false);
    }
}
