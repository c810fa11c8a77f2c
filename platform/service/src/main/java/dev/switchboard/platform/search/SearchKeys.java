package dev.switchboard.platform.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Prefix search without {@code $text}: a document keeps the normalized words it can be found by (lower case,
 * accents removed) in an indexed array, and a query asks for each of its terms as an anchored prefix of one of
 * them. Only letters, digits and {@code @._+-} survive normalization, so nothing a client types reaches MongoDB as
 * an operator or a regular expression.
 */
public final class SearchKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_KEPT = Pattern.compile("[^a-z0-9@._+-]+");
    private static final Pattern PHONE = Pattern.compile("^[+0-9 ()./-]+$");
    private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]");

    private SearchKeys() {
    }

    /** Lower case, accents removed: "Zoë Ångström" → "zoe angstrom". */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).strip();
    }

    /** The words of each text, normalized; blank ones are skipped. */
    public static Set<String> words(String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            Arrays.stream(normalize(text).split("\\s+"))
                    .map(word -> NOT_KEPT.matcher(word).replaceAll(""))
                    .filter(word -> !word.isEmpty())
                    .forEach(words::add);
        }
        return words;
    }

    /** An email as keys: the whole address and its local part, so "ada" finds "ada.lovelace@example.org". */
    public static Set<String> email(String address) {
        Set<String> keys = words(address);
        String normalized = normalize(address);
        int at = normalized.indexOf('@');
        if (at > 0) {
            keys.addAll(words(normalized.substring(0, at).replace('.', ' ').replace('_', ' ')));
        }
        return keys;
    }

    /** A phone number as its digits only, so "+44 20 7946" and "442079" find the same number. */
    public static Set<String> phone(String number) {
        String digits = NOT_DIGIT.matcher(number == null ? "" : number).replaceAll("");
        return digits.isEmpty() ? Set.of() : Set.of(digits);
    }

    /** The terms of a query: one digit string if it looks like a phone number, its words otherwise. */
    public static List<String> terms(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        if (PHONE.matcher(query.strip()).matches() && query.chars().filter(Character::isDigit).count() >= 3) {
            return List.copyOf(phone(query));
        }
        return List.copyOf(words(query));
    }

    /** Documents whose {@code field} has, for every term of {@code query}, a key starting with it. */
    public static Criteria matching(String field, String query) {
        List<Criteria> perTerm = terms(query).stream()
                .map(term -> Criteria.where(field).regex("^" + term.replace(".", "\\.").replace("+", "\\+")))
                .toList();
        return perTerm.isEmpty() ? new Criteria() : new Criteria().andOperator(perTerm);
    }
}
