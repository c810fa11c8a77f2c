package dev.switchboard.webhook.delivery;

/** Where a delivery stands: waiting for its (next) attempt, accepted by the target, given up, or not wanted any more. */
enum DeliveryStatus {
    PENDING, DELIVERED, FAILED, CANCELLED
}
