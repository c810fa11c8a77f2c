package dev.switchboard.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Every date a client sends: an ISO {@code yyyy-MM-dd} string with a four-digit year from 1000 to 9999, so no date
 * reaches storage that MongoDB's date type (or a reader of the events) cannot hold.
 */
class SaneDate extends StdScalarDeserializer<LocalDate> {

    static final int MIN_YEAR = 1000;
    static final int MAX_YEAR = 9999;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    SaneDate() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
        }
        String text = parser.getString();
        if (ISO_DATE.matcher(text).matches()) {
            try {
                LocalDate date = LocalDate.parse(text);
                if (date.getYear() >= MIN_YEAR) {
                    return date;
                }
            } catch (DateTimeParseException e) {
                // refused below, like any other text that is not such a date
            }
        }
        throw new InputRefusedException(parser, "must be a date yyyy-MM-dd between the years " + MIN_YEAR + " and " + MAX_YEAR);
    }
}
