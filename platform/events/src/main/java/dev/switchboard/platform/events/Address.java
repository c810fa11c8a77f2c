package dev.switchboard.platform.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A typed postal address, the same for accounts and contacts in the API, in storage and in events. */
public record Address(
        @NotNull AddressType type,
        @MultiLine @Size(max = 200) String street,
        @Size(max = 100) String city,
        @Size(max = 20) String postalCode,
        @Size(max = 100) String region,
        @Size(max = 100) String country) {
}
