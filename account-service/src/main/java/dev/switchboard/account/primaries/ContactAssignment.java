package dev.switchboard.account.primaries;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Which contact is to be primary. */
record ContactAssignment(@NotBlank @Size(max = 100) String contactId) {
}
