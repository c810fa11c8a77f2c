package dev.switchboard.identity.credentials;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an admin blocks a contact's portal access; kept and published with the block. */
record BlockAccess(@NotBlank @Size(max = 500) String reason) {
}
