package dev.switchboard.platform.correlation;

import java.util.UUID;
import java.util.regex.Pattern;

/** The one rule for correlation ids, at the gateway and in every service: which header, and which values to keep. */
public final class CorrelationIds {

    public static final String HEADER = "X-Correlation-Id";

    /** Anything else from outside (too long, odd characters) is replaced rather than echoed into logs and events. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private CorrelationIds() {
    }

    /** The caller's id if it is acceptable, otherwise a new one. */
    public static String acceptOrCreate(String given) {
        return given != null && ACCEPTABLE.matcher(given).matches() ? given : create();
    }

    public static String create() {
        return UUID.randomUUID().toString();
    }
}
