package dev.switchboard.contact.contact;

/** A contact's link to an account; an inactive link was relevant once but is not tied to current activity. */
public record AccountLink(String accountId, boolean active) {
}
