package dev.switchboard.webhook.delivery;

import java.time.Instant;
import java.util.List;

/**
 * A delivery in a subscription's log: which event, where it stands, and every attempt with its outcome; {@code erased}
 * when its body was blanked because the contact was purged.
 */
record DeliveryResponse(String id, String eventId, String eventType, Instant eventTime, DeliveryStatus status,
        boolean erased, Instant nextAttemptAt, List<Attempt> attempts) {

    static DeliveryResponse of(Delivery delivery) {
        return new DeliveryResponse(delivery.id(), delivery.eventId(), delivery.eventType(), delivery.eventTime(),
                delivery.status(), delivery.erased(), delivery.nextAttemptAt(), delivery.attempts());
    }
}
