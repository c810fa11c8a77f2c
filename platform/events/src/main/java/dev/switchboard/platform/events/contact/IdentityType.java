package dev.switchboard.events.contact;

/** The roles a contact plays for the organisation itself (an employee, an instructor, an event administrator). */
public enum IdentityType {
    STAFF, INSTRUCTOR, ADMINISTRATOR
}
