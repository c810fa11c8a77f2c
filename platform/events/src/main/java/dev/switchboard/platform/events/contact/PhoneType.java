package dev.switchboard.events.contact;

/** What a phone number is. */
public enum PhoneType {
    MOBILE, WORK, HOME, FAX, OTHER
}
