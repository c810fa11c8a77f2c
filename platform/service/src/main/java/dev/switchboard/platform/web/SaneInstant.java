package dev.switchboard.platform.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Every moment a client sends: an ISO-8601 date-time string with its offset ({@code 2026-03-01T10:00:00Z}), in the
 * years {@link SaneDate} allows; never a number, whose unit (seconds or milliseconds) a client could only guess.
 */
class SaneInstant extends StdScalarDeserializer<Instant> {

    SaneInstant() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (Instant) context.handleUnexpectedToken(Instant.class, parser);
        }
        try {
            OffsetDateTime moment = OffsetDateTime.parse(parser.getString(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            if (moment.getYear() >= SaneDate.MIN_YEAR && moment.getYear() <= SaneDate.MAX_YEAR) {
                return moment.toInstant();
            }
        } catch (DateTimeParseException e) {
            // refused below, like any other text that is not such a moment
        }
        throw new InputRefusedException(parser, "must be a date-time such as 2026-03-01T10:00:00Z between the years "
                + SaneDate.MIN_YEAR + " and " + SaneDate.MAX_YEAR);
    }
}
