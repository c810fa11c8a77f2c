package dev.switchboard.events.account;

import dev.switchboard.platform.events.Address;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What an editor may set on an account: the same shape in the API, in storage and in events.
 *
 * @param parentAccountId the account this one belongs to, if any (a subsidiary's group)
 */
public record AccountDetails(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 50) String type,
        @Size(max = 300) @Pattern(regexp = "^(https?://)?[^\\s/$.?#][^\\s]*$", message = "must be a web address") String website,
        @Size(max = 40) @Pattern(regexp = "^\\+?[0-9 ()./-]{3,40}$", message = "must be a phone number") String phone,
        @Valid @Size(max = 20) List<Address> addresses,
        @Size(max = 100) String parentAccountId) {

    public AccountDetails {
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }
}
