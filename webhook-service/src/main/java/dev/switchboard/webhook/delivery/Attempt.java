package dev.switchboard.webhook.delivery;

import java.time.Instant;

/**
 * One try to post an event.
 *
 * @param statusCode the target's HTTP status, absent when no answer came
 * @param outcome    what happened, in words (the status, a timeout, a refused target)
 */
record Attempt(Instant at, Integer statusCode, String outcome, long durationMillis) {

    boolean accepted() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
}
