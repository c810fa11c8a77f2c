package dev.switchboard.contact.customfield;

/** The kinds of value a custom field holds. */
enum CustomFieldType {
    STRING, NUMBER, DATE, BOOLEAN, ENUM
}
