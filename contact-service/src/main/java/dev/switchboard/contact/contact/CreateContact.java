package dev.switchboard.contact.contact;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.constraints.NotBlank;

/**
 * A new contact: its details, flat in the body, and the account it belongs to first, which becomes its primary
 * one. The details are checked on their own ({@link EditContact}'s limits), so a problem names a field as the body
 * does ({@code birthday}, not {@code details.birthday}).
 */
record CreateContact(
        @NotBlank(message = "every contact belongs to an account; name it") String accountId,
        @JsonUnwrapped EditContact details) {
}
