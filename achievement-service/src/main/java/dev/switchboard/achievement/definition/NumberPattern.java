package dev.switchboard.achievement.definition;

import dev.switchboard.platform.domain.InvalidValues;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A definition's pattern of achievement numbers, such as {@code CERT-{yyyy}-{seq:5}}: literal text with the year
 * ({@code {yyyy}}, {@code {yy}}), the month ({@code {MM}}) of issue and exactly one sequence ({@code {seq:N}}, zero
 * padded to N digits). The sequence counts per rendered prefix, so {@code {yyyy}} starts it again each year.
 */
public final class NumberPattern {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern SEQUENCE = Pattern.compile("seq:(\\d{1,2})");
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9 ./_-]*");

    private final String pattern;
    private final int digits;

    private NumberPattern(String pattern, int digits) {
        this.pattern = pattern;
        this.digits = digits;
    }

    /** The pattern, or a 400 naming the field when it is not one. */
    public static NumberPattern parse(String pattern) {
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        int sequences = 0;
        int digits = 0;
        int literalStart = 0;
        while (placeholder.find()) {
            checkLiteral(pattern.substring(literalStart, placeholder.start()));
            literalStart = placeholder.end();
            String name = placeholder.group(1);
            Matcher sequence = SEQUENCE.matcher(name);
            if (sequence.matches()) {
                sequences++;
                digits = Integer.parseInt(sequence.group(1));
                if (digits < 1 || digits > 12) {
                    throw refused("{seq:N} takes 1 to 12 digits");
                }
            } else if (!name.equals("yyyy") && !name.equals("yy") && !name.equals("MM")) {
                throw refused("knows {yyyy}, {yy}, {MM} and {seq:N}, not {" + name + "}");
            }
        }
        checkLiteral(pattern.substring(literalStart));
        if (sequences != 1) {
            throw refused("needs exactly one {seq:N}, so numbers differ");
        }
        return new NumberPattern(pattern, digits);
    }

    private static void checkLiteral(String literal) {
        if (!LITERAL.matcher(literal).matches()) {
            throw refused("text between placeholders may hold letters, digits, space and . / _ - only");
        }
    }

    private static InvalidValues refused(String message) {
        return InvalidValues.of("numberPattern", message);
    }

    /** What the sequence counts within: the pattern with date parts filled in, the sequence left as it is. */
    public String scope(Instant issuedAt) {
        ZonedDateTime at = issuedAt.atZone(ZoneOffset.UTC);
        return pattern.replace("{yyyy}", String.format("%04d", at.getYear()))
                .replace("{yy}", String.format("%02d", at.getYear() % 100))
                .replace("{MM}", String.format("%02d", at.getMonthValue()));
    }

    /** The number of the {@code sequence}th achievement within {@code scope}. */
    public String number(String scope, long sequence) {
        return scope.replaceFirst("\\{seq:\\d{1,2}}", Matcher.quoteReplacement(
                String.format("%0" + digits + "d", sequence)));
    }
}
