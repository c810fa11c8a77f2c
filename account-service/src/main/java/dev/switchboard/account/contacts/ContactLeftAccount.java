package dev.switchboard.account.contacts;

/**
 * Published in-process while a contact event is handled: the contact is no longer linked to the account (unlinked,
 * moved away or purged) or no longer counts for it (deleted). Listeners run in the handler's thread, so what they change is caused by that event.
 */
public record ContactLeftAccount(String accountId, String contactId) {
}
