package dev.switchboard.platform.outbox;

import java.time.Instant;

/** An event waiting in its aggregate's document until Kafka has acknowledged it. */
record OutboxEntry(String eventId, String topic, String key, String type, String payload, Instant createdAt,
        String traceParent) {

    static final String FIELD = "outbox";
    static final String EVENT_ID = "eventId";
    static final String TRACE_PARENT = "traceParent";
}
