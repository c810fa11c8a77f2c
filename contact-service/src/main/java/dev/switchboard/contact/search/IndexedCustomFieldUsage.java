package dev.switchboard.contact.search;

import dev.switchboard.contact.customfield.CustomFieldUsage;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/** Counts the contacts carrying a custom field from the search index, which the embedded MongoDB would scan for. */
@Component
class IndexedCustomFieldUsage implements CustomFieldUsage {

    private final ContactIndex index;

    IndexedCustomFieldUsage(ContactIndex index) {
        this.index = index;
    }

    @Override
    public long contactsCarrying(String key) {
        return index.countCarrying(key, List.of());
    }

    @Override
    public long contactsCarrying(String key, Collection<String> values) {
        return values.isEmpty() ? 0 : index.countCarrying(key, values);
    }
}
