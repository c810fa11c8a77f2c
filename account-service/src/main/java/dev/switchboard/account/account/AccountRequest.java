package dev.switchboard.account.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a client may send to create an account; nothing else is read. */
record AccountRequest(
        @NotBlank @Size(max = 200) String name,
        @Valid AddressRequest address,
        Boolean active) {

    record AddressRequest(
            @Size(max = 200) String street,
            @Size(max = 100) String city,
            @Size(max = 20) String postalCode,
            @Size(max = 100) String region,
            @Size(max = 100) String country) {

        PostalAddress toAddress() {
            return new PostalAddress(street, city, postalCode, region, country);
        }
    }
}
