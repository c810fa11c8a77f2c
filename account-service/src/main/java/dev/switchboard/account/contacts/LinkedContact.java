package dev.switchboard.account.contacts;

/**
 * A contact linked to an account, as far as contact-service has told.
 *
 * @param active         whether the link is active
 * @param primaryAccount whether the account is the contact's primary account
 * @param deleted        whether the contact is soft-deleted
 */
public record LinkedContact(String contactId, String displayName, String primaryEmail, boolean active,
        boolean primaryAccount, boolean deleted) {
}
