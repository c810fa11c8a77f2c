package dev.switchboard.platform.events.account;

import java.util.LinkedHashMap;
import java.util.Map;

/** A postal address as it travels in events. */
public record Address(String street, String city, String postalCode, String region, String country) {

    /** The address's parts as dotted fields under {@code prefix}, for field-level changes. */
    public Map<String, String> asFields(String prefix) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(prefix + ".street", street);
        fields.put(prefix + ".city", city);
        fields.put(prefix + ".postalCode", postalCode);
        fields.put(prefix + ".region", region);
        fields.put(prefix + ".country", country);
        return fields;
    }
}
