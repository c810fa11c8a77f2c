package dev.switchboard.platform.web;

import java.text.Normalizer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Every text a client sends: only a JSON string (no number or boolean read as text), in Unicode NFC, without
 * leading or trailing white space (NBSP included), and without control characters other than tab and line
 * breaks, format characters (zero-width space, bidi overrides and isolates, BOM) other than the joiners some
 * scripts need, or unpaired surrogates.
 */
class SafeText extends StdScalarDeserializer<String> {

    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;

    SafeText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
        String text = parser.getString();
        String refusal = refusal(text);
        if (refusal != null) {
            throw new InputRefusedException(parser, refusal);
        }
        return strip(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    /** Why the text cannot be accepted, or null if it can. */
    static String refusal(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int type = Character.getType(c);
            if (type == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return "contains a control character";
            }
            if (type == Character.FORMAT && c != ZERO_WIDTH_NON_JOINER && c != ZERO_WIDTH_JOINER) {
                return "contains an invisible format character (zero-width, bidi or BOM)";
            }
            if (type == Character.SURROGATE) {
                return "contains an unpaired surrogate";
            }
            i += Character.charCount(c);
        }
        return null;
    }

    private static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && blank(text.charAt(start))) {
            start++;
        }
        while (end > start && blank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == ZERO_WIDTH_NON_JOINER
                || c == ZERO_WIDTH_JOINER;
    }
}
