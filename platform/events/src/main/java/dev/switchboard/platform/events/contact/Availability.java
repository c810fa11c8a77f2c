package dev.switchboard.events.contact;

/** Whether a contact can be reached right now. */
public enum Availability {
    AVAILABLE, BUSY, OFFLINE
}
