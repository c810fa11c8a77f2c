package dev.switchboard.platform.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One changed field of an aggregate, dotted for nested values ({@code address.city}). */
public record FieldChange(String field, Object oldValue, Object newValue) {

    /** The fields of a newly created aggregate: each value is new, nothing was there before. */
    public static List<FieldChange> allNew(Map<String, ?> fields) {
        return Fields.changesBetween(Map.of(), new LinkedHashMap<>(fields));
    }

    /** A single field going from {@code oldValue} to {@code newValue}, as a list for an event's changes. */
    public static List<FieldChange> single(String field, Object oldValue, Object newValue) {
        return List.of(new FieldChange(field, oldValue, newValue));
    }
}
