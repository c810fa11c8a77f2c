package dev.switchboard.audit.history;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Field names that hold secrets: no event should carry one, but if one ever does, the history keeps only that the
 * field changed, never its value, and blanks such properties inside structured values too.
 */
final class Secrets {

    static final String REDACTED = "[redacted]";
    private static final Set<String> SECRET_WORDS = Set.of("password", "passwd", "pwd", "passphrase", "secret",
            "secrets", "token", "tokens", "key", "keys", "apikey", "pin", "otp", "totp", "hash", "salt");
    private static final Pattern WORD_BOUNDARY = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|[_\\-\\s]+");

    private Secrets() {
    }

    static boolean isSecret(String field) {
        if (field == null) {
            return false;
        }
        for (String segment : field.split("[.\\[\\]]+")) {
            for (String word : WORD_BOUNDARY.split(segment)) {
                if (SECRET_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The value with every property named like a secret blanked, at any depth. */
    static JsonNode scrubbed(JsonNode value) {
        if (value == null || !value.isContainer()) {
            return value;
        }
        JsonNode copy = value.deepCopy();
        scrub(copy);
        return copy;
    }

    private static void scrub(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                if (isSecret(name)) {
                    object.put(name, REDACTED);
                } else {
                    scrub(object.get(name));
                }
            }
        } else if (node.isArray()) {
            node.forEach(Secrets::scrub);
        }
    }
}
