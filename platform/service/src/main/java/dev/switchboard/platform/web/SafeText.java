package dev.switchboard.platform.web;

import dev.switchboard.platform.events.MultiLine;
import java.text.Normalizer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Every text a client sends: only a JSON string (no number or boolean read as text), in Unicode NFC, without
 * leading or trailing white space (NBSP included), and without control characters, format characters (zero-width
 * space, bidi overrides and isolates, BOM) other than the joiners some scripts need, or unpaired surrogates. Only a
 * field marked {@link MultiLine} may hold line breaks and tabs.
 */
class SafeText extends StdScalarDeserializer<String> {

    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;

    private final boolean multiLine;

    SafeText() {
        this(false);
    }

    private SafeText(boolean multiLine) {
        super(String.class);
        this.multiLine = multiLine;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        boolean marked = property != null && property.getAnnotation(MultiLine.class) != null;
        return marked == multiLine ? this : new SafeText(marked);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
        String text = strip(Normalizer.normalize(parser.getString(), Normalizer.Form.NFC));
        String refusal = refusal(text, multiLine);
        if (refusal != null) {
            throw new InputRefusedException(parser, refusal);
        }
        return text;
    }

    /** Why the text cannot be accepted, or null if it can. */
    static String refusal(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int type = Character.getType(c);
            if (type == Character.CONTROL && !(multiLine && (c == '\t' || c == '\n' || c == '\r'))) {
                return multiLine || c > '\r' || c < '\t' ? "contains a control character"
                        : "is one line: no line breaks or tabs";
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
