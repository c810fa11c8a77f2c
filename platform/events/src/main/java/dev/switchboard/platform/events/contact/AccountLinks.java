package dev.switchboard.events.contact;

/** How a contact's account links are named in field changes. */
final class AccountLinks {

    static final String PRIMARY_ACCOUNT = "primaryAccountId";

    private AccountLinks() {
    }

    static String activeField(String accountId) {
        return "accounts." + accountId + ".active";
    }
}
