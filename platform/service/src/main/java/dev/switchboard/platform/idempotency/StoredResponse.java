package dev.switchboard.platform.idempotency;

import java.util.List;
import java.util.Map;

/** The part of a first response that a retry gets again. */
record StoredResponse(int status, Map<String, List<String>> headers, byte[] body) {

    /**
     * Besides the content type, the headers that describe the outcome; others (correlation id, dates) belong to
     * each exchange.
     */
    static final List<String> KEPT_HEADERS = List.of("Location", "Content-Location", "ETag", "Link");

    /**
     * Whether a retry gets this response again. A server error, and a 408 or 429 that ask to try later, release
     * the key instead, so the retry runs.
     */
    static boolean isFinal(int status) {
        return status < 500 && status != 408 && status != 429;
    }
}
