package dev.switchboard.contact.customfield;

import dev.switchboard.platform.domain.InvalidValues;
import dev.switchboard.platform.domain.InvalidValues.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Checks a contact's custom field values against the declared fields. */
@Service
public class CustomFields {

    private static final int MAX_STRING = 1000;

    private final CustomFieldRepository definitions;

    CustomFields(CustomFieldRepository definitions) {
        this.definitions = definitions;
    }

    /** Checks each value against its declaration; undeclared keys and wrong types are refused by field. */
    public void check(Map<String, Object> values) {
        List<Problem> problems = new ArrayList<>();
        values.forEach((key, value) -> {
            String field = "customFields." + key;
            CustomFieldDefinition definition = definitions.findById(key).orElse(null);
            if (definition == null) {
                problems.add(new Problem(field, "is not a declared custom field"));
            } else if (value != null) {
                String wrong = mismatch(definition, value);
                if (wrong != null) {
                    problems.add(new Problem(field, wrong));
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidValues(problems);
        }
    }

    private static String mismatch(CustomFieldDefinition definition, Object value) {
        return switch (definition.type()) {
            case STRING -> value instanceof String text && text.length() <= MAX_STRING ? null
                    : "must be text of at most " + MAX_STRING + " characters";
            case NUMBER -> value instanceof Number number && isFinite(number) ? null : "must be a number";
            case BOOLEAN -> value instanceof Boolean ? null : "must be true or false";
            case DATE -> value instanceof String text && isDate(text) ? null : "must be a date (yyyy-mm-dd)";
            case ENUM -> definition.values().contains(value) ? null : "must be one of " + definition.values();
        };
    }

    private static boolean isFinite(Number number) {
        try {
            new BigDecimal(number.toString());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
