package dev.switchboard.platform.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One changed field of an aggregate, dotted for nested values ({@code address.city}). */
public record FieldChange(String field, Object oldValue, Object newValue) {

    /** The fields of a newly created aggregate: each value is new, nothing was there before. */
    public static List<FieldChange> allNew(Map<String, ?> fields) {
        List<FieldChange> changes = new ArrayList<>();
        fields.forEach((field, value) -> {
            if (value != null) {
                changes.add(new FieldChange(field, null, value));
            }
        });
        return List.copyOf(changes);
    }
}
