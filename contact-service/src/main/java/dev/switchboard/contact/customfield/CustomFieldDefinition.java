package dev.switchboard.contact.customfield;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A custom field declared for contacts: its key, label and type, and for an enum the values allowed. Contacts may
 * only carry declared fields, each with a value of its type.
 */
@Document("custom_fields")
record CustomFieldDefinition(
        @Id @Pattern(regexp = KEY) String key,
        @Size(max = 100) String label,
        @NotNull CustomFieldType type,
        @Size(max = 100) List<@Size(min = 1, max = 100) String> values) {

    static final String KEY = "^[a-zA-Z][a-zA-Z0-9_]{0,49}$";

    CustomFieldDefinition {
        values = values == null ? List.of() : List.copyOf(values);
    }
}
