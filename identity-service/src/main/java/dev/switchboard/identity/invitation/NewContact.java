package dev.switchboard.identity.invitation;

import dev.switchboard.events.contact.PhoneType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A contact an invitation creates: the fields of contact-service's POST /api/contacts that an invitation needs (the
 * rest is edited there later). contact-service checks it again, and its refusal is this request's.
 *
 * @param accountId the contact's first and primary account
 * @param emails    at least one: the invitation goes to the primary one (or the first)
 */
record NewContact(
        @NotBlank @Size(max = 100) String accountId,
        @Size(max = 20) String prefix,
        @NotBlank @Size(max = 100) String firstName,
        @Size(max = 100) String middleName,
        @NotBlank @Size(max = 100) String lastName,
        @Size(max = 20) String suffix,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid EmailAddress> emails,
        @Size(max = 20) List<@NotNull @Valid Phone> phones) {

    record EmailAddress(@NotBlank @Email @Size(max = 254) String address, Boolean primary) {
    }

    record Phone(@NotBlank @Pattern(regexp = "^\\+?[0-9 ()./-]{3,40}$", message = "must be a phone number") String number,
            @NotNull PhoneType type) {
    }

    /** The body of contact-service's create, with the kind and group the invitation gives the contact. */
    Map<String, Object> body(String kind, String groupId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accountId", accountId);
        body.put("prefix", prefix);
        body.put("firstName", firstName);
        body.put("middleName", middleName);
        body.put("lastName", lastName);
        body.put("suffix", suffix);
        boolean anyPrimary = emails.stream().anyMatch(email -> Boolean.TRUE.equals(email.primary()));
        body.put("emails", IntStream.range(0, emails.size()).mapToObj(i -> Map.of(
                "address", emails.get(i).address(),
                "primary", anyPrimary ? Boolean.TRUE.equals(emails.get(i).primary()) : i == 0)).toList());
        if (phones != null) {
            body.put("phones", phones.stream().map(phone -> {
                Map<String, Object> number = new LinkedHashMap<>();
                number.put("number", phone.number());
                number.put("type", phone.type());
                return number;
            }).toList());
        }
        body.put("kind", kind);
        if (groupId != null) {
            body.put("groups", List.of(groupId));
        }
        body.values().removeIf(Objects::isNull);
        return body;
    }
}
