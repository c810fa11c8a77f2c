package dev.switchboard.webhook.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One event on its way to one subscription, with every attempt made. Its id joins the subscription and the event,
 * so an event handled twice is queued once. Events of one entity reach a subscription in the order they were
 * published: a delivery waits while an earlier one of the same entity is still pending.
 */
@Document("deliveries")
@CompoundIndex(name = "due", def = "{'status': 1, 'nextAttemptAt': 1}")
@CompoundIndex(name = "log", def = "{'subscriptionId': 1, 'eventTime': -1}")
class Delivery {

    /** Attempts kept in the log of one delivery; redeliveries beyond that drop the oldest. */
    private static final int LOG_LIMIT = 50;

    @Id
    private String id;
    @Version
    private Long lockVersion;
    private String subscriptionId;
    private String eventId;
    private String eventType;
    private Instant eventTime;
    /** The entity's topic and key: its events keep their order within it. */
    private String entityKey;
    /** Position in the entity's partition, so the earlier of two deliveries of one entity is known. */
    private long offset;
    private String payload;
    /** The payload was blanked because the person it is about was purged. */
    private boolean erased;
    private DeliveryStatus status;
    private int failures;
    private Instant nextAttemptAt;
    private List<Attempt> attempts = new ArrayList<>();

    static Delivery queue(String subscriptionId, String eventId, String eventType, Instant eventTime, String entityKey,
            long offset, String payload, Instant now) {
        Delivery delivery = new Delivery();
        delivery.id = subscriptionId + ":" + eventId;
        delivery.subscriptionId = subscriptionId;
        delivery.eventId = eventId;
        delivery.eventType = eventType;
        delivery.eventTime = eventTime;
        delivery.entityKey = entityKey;
        delivery.offset = offset;
        delivery.payload = payload;
        delivery.status = DeliveryStatus.PENDING;
        delivery.nextAttemptAt = now;
        return delivery;
    }

    /** Holds the delivery for the attempt about to be made, so another poller leaves it alone meanwhile. */
    void holdUntil(Instant until) {
        nextAttemptAt = until;
    }

    /**
     * Records an attempt: accepted, it is delivered; refused, it waits the next pause of the schedule, and once the
     * schedule is used up it failed.
     */
    void record(Attempt attempt, List<Duration> retrySchedule) {
        attempts.add(attempt);
        if (attempts.size() > LOG_LIMIT) {
            attempts.removeFirst();
        }
        if (attempt.accepted()) {
            status = DeliveryStatus.DELIVERED;
            nextAttemptAt = null;
            return;
        }
        failures++;
        if (failures > retrySchedule.size()) {
            status = DeliveryStatus.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = attempt.at().plus(retrySchedule.get(failures - 1));
        }
    }

    /** An admin asked for it again: a fresh schedule, now, whatever happened before. */
    void redeliver(Instant now) {
        status = DeliveryStatus.PENDING;
        failures = 0;
        nextAttemptAt = now;
    }

    /** Forgets what the event said (its person was purged); one not yet delivered is not delivered any more. */
    void erase() {
        payload = null;
        erased = true;
        if (status == DeliveryStatus.PENDING) {
            cancel();
        }
    }

    void cancel() {
        status = DeliveryStatus.CANCELLED;
        nextAttemptAt = null;
    }

    String id() {
        return id;
    }

    String subscriptionId() {
        return subscriptionId;
    }

    String eventId() {
        return eventId;
    }

    String eventType() {
        return eventType;
    }

    Instant eventTime() {
        return eventTime;
    }

    String entityKey() {
        return entityKey;
    }

    long offset() {
        return offset;
    }

    String payload() {
        return payload;
    }

    boolean erased() {
        return erased;
    }

    DeliveryStatus status() {
        return status;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    List<Attempt> attempts() {
        return List.copyOf(attempts);
    }
}
