package dev.switchboard.events.account;

import dev.switchboard.platform.events.Address;
import java.util.List;

/**
 * What an editor may set on an account, as stored and as published. The rules a client's input must keep live on
 * account-service's request records, not here.
 *
 * @param parentAccountId the account this one belongs to, if any (a subsidiary's group)
 */
public record AccountDetails(
        String name,
        String type,
        String website,
        String phone,
        List<Address> addresses,
        String parentAccountId) {

    public AccountDetails {
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }

    /** Details with nothing set, to be filled by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A copy to change by name: {@code details.toBuilder().name("Acme").build()}. */
    public Builder toBuilder() {
        return new Builder()
                .name(name)
                .type(type)
                .website(website)
                .phone(phone)
                .addresses(addresses)
                .parentAccountId(parentAccountId);
    }

    /** Builds details by field name, so adding a field never means editing every positional call. */
    public static final class Builder {

        private String name;
        private String type;
        private String website;
        private String phone;
        private List<Address> addresses;
        private String parentAccountId;

        private Builder() {
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder type(String type) {
            this.type = type;
            return this;
        }

        public Builder website(String website) {
            this.website = website;
            return this;
        }

        public Builder phone(String phone) {
            this.phone = phone;
            return this;
        }

        public Builder addresses(List<Address> addresses) {
            this.addresses = addresses;
            return this;
        }

        public Builder parentAccountId(String parentAccountId) {
            this.parentAccountId = parentAccountId;
            return this;
        }

        public AccountDetails build() {
            return new AccountDetails(name, type, website, phone, addresses, parentAccountId);
        }
    }
}
