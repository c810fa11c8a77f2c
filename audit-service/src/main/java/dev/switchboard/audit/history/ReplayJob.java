package dev.switchboard.audit.history;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A rebuild of the history from a topic's retained events: how far it got ({@code read} records, of which
 * {@code recorded} were new to the history and {@code unreadable} were no events), and whether it is done.
 */
@Document("replay_jobs")
record ReplayJob(@Id String id, String topic, Instant from, Status status, long read, long recorded,
        long unreadable, Instant startedAt, Instant finishedAt, String requestedBy, String error) {

    enum Status {
        RUNNING, DONE, FAILED
    }

    ReplayJob progressed(long read, long recorded, long unreadable) {
        return new ReplayJob(id, topic, from, status, read, recorded, unreadable, startedAt, finishedAt, requestedBy,
                error);
    }

    ReplayJob finished(Status status, Instant at, String error) {
        return new ReplayJob(id, topic, from, status, read, recorded, unreadable, startedAt, at, requestedBy, error);
    }
}
