package dev.switchboard.account.account;

import dev.switchboard.platform.events.account.Address;

/** Where an account is. */
record PostalAddress(String street, String city, String postalCode, String region, String country) {

    Address toEvent() {
        return new Address(street, city, postalCode, region, country);
    }
}
