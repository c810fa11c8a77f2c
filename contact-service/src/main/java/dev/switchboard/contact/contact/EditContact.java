package dev.switchboard.contact.contact;

import dev.switchboard.events.contact.Availability;
import dev.switchboard.events.contact.ContactDetails;
import dev.switchboard.events.contact.ContactKind;
import dev.switchboard.events.contact.IdentityType;
import dev.switchboard.events.contact.PhoneType;
import dev.switchboard.platform.events.Address;
import dev.switchboard.platform.events.MultiLine;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The details an editor may set on a contact, with the limits a request must keep: the body of a merge patch, and
 * with an account the body of a new contact. Flags a client leaves out (or sets to null) are false.
 *
 * @param owner        the user who manages the contact
 * @param assignedTo   the user the contact is assigned to
 * @param reportsTo    the id of the contact this one reports to
 * @param pictureRef   where the contact's picture is kept (a URL or a document id)
 * @param customFields values of the custom fields declared for contacts, by key
 * @param addressSync  whether the primary account's addresses are copied to this contact when they change
 */
record EditContact(
        @Size(max = 20) String prefix,
        @NotBlank @Size(max = 100) String firstName,
        @Size(max = 100) String middleName,
        @NotBlank @Size(max = 100) String lastName,
        @Size(max = 20) String suffix,
        @Size(max = 20) List<@NotNull @Valid EmailAddressInput> emails,
        @Size(max = 20) List<@NotNull @Valid PhoneNumberInput> phones,
        @PastOrPresent LocalDate birthday,
        @MultiLine @Size(max = 4000) String description,
        @Size(max = 500) String pictureRef,
        Set<@NotNull IdentityType> identityTypes,
        ContactKind kind,
        Availability availability,
        FlagsInput flags,
        @Size(max = 100) String owner,
        @Size(max = 100) String assignedTo,
        @Size(max = 100) String reportsTo,
        @Size(max = 50) List<@NotBlank @Size(max = 50) String> tags,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> groups,
        @Size(max = 100) @Schema(maxProperties = 100) Map<String, Object> customFields,
        @Size(max = 20) List<@NotNull @Valid Address> addresses,
        Boolean addressSync) {

    /** The details as stored and published; to be called on validated values only. */
    ContactDetails details() {
        return ContactDetails.builder()
                .prefix(prefix)
                .firstName(firstName)
                .middleName(middleName)
                .lastName(lastName)
                .suffix(suffix)
                .emails(emails == null ? null : emails.stream().map(EmailAddressInput::stored).toList())
                .phones(phones == null ? null : phones.stream().map(PhoneNumberInput::stored).toList())
                .birthday(birthday)
                .description(description)
                .pictureRef(pictureRef)
                .identityTypes(identityTypes)
                .kind(kind)
                .availability(availability)
                .flags(flags == null ? null : flags.stored())
                .owner(owner)
                .assignedTo(assignedTo)
                .reportsTo(reportsTo)
                .tags(tags)
                .groups(groups)
                .customFields(withoutNulls(customFields))
                .addresses(addresses)
                .addressSync(isTrue(addressSync))
                .build();
    }

    /** A null value removes a custom field, as in a merge patch; a new contact simply does not carry it. */
    private static Map<String, Object> withoutNulls(Map<String, Object> values) {
        if (values == null) {
            return null;
        }
        Map<String, Object> present = new LinkedHashMap<>();
        values.entrySet().stream().filter(entry -> Objects.nonNull(entry.getValue()))
                .forEach(entry -> present.put(entry.getKey(), entry.getValue()));
        return present;
    }

    private static boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    /** One email address; the first one is made primary if none is. */
    record EmailAddressInput(@NotBlank @Email @Size(max = 254) String address, Boolean primary) {

        ContactDetails.EmailAddress stored() {
            return new ContactDetails.EmailAddress(address, isTrue(primary));
        }
    }

    record PhoneNumberInput(
            @NotBlank @Pattern(regexp = "^\\+?[0-9 ()./-]{3,40}$", message = "must be a phone number") String number,
            @NotNull PhoneType type) {

        ContactDetails.PhoneNumber stored() {
            return new ContactDetails.PhoneNumber(number, type);
        }
    }

    /**
     * Communication and status flags (seed terms: Left Company, Unsubscribe from Communications, No 3rd Party
     * Mail, Marketing Contact).
     */
    record FlagsInput(Boolean leftCompany, Boolean unsubscribed, Boolean noThirdPartyMail, Boolean marketing) {

        ContactDetails.Flags stored() {
            return new ContactDetails.Flags(isTrue(leftCompany), isTrue(unsubscribed), isTrue(noThirdPartyMail),
                    isTrue(marketing));
        }
    }
}
