package dev.switchboard.platform.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.LinkedHashSet;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A value's fields as dotted paths ({@code flags.marketing}), the unit in which changes are reported. Nested
 * objects are walked; a list is one field, since its items have no identity of their own to diff by.
 */
public final class Fields {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> AS_MAP = new TypeReference<>() {
    };

    private Fields() {
    }

    /** The fields of {@code value} (a record or a map) under {@code prefix}, nulls included. */
    public static Map<String, Object> of(String prefix, Object value) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (value != null) {
            flatten(prefix, MAPPER.convertValue(value, AS_MAP), fields);
        }
        return fields;
    }

    /** What differs between two flattened values, field by field, in the order of {@code after}'s fields. */
    public static List<FieldChange> changesBetween(Map<String, Object> before, Map<String, Object> after) {
        List<FieldChange> changes = new ArrayList<>();
        LinkedHashSet<String> names = new LinkedHashSet<>(after.keySet());
        names.addAll(before.keySet());
        for (String name : names) {
            Object old = empty(before.get(name));
            Object now = empty(after.get(name));
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(name, old, now));
            }
        }
        return List.copyOf(changes);
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> map, Map<String, Object> into) {
        map.forEach((key, value) -> {
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?> nested && !nested.isEmpty()) {
                flatten(path, (Map<String, Object>) nested, into);
            } else {
                into.put(path, value);
            }
        });
    }

    /** An empty list or map reads as no value, so clearing one is not reported as two different "nothings". */
    private static Object empty(Object value) {
        if (value instanceof List<?> list && list.isEmpty() || value instanceof Map<?, ?> map && map.isEmpty()) {
            return null;
        }
        return value;
    }
}
