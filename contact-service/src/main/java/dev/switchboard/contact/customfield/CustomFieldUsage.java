package dev.switchboard.contact.customfield;

import java.util.Collection;

/** How many contacts, deleted ones included, carry a custom field: answered by the contacts feature. */
public interface CustomFieldUsage {

    /** Contacts carrying a value of the field. */
    long contactsCarrying(String key);

    /** Contacts carrying the field with one of these (text) values. */
    long contactsCarrying(String key, Collection<String> values);
}
