package dev.switchboard.events.contact;

/** Whether a contact is one of the organisation's own users or a client. */
public enum ContactKind {
    INTERNAL, CLIENT
}
