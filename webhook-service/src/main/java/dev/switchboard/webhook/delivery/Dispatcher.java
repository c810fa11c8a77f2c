package dev.switchboard.webhook.delivery;

import dev.switchboard.webhook.subscription.Subscription;
import dev.switchboard.webhook.subscription.Subscriptions;
import dev.switchboard.webhook.subscription.WebhookProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes the attempts that are due. A delivery is held (its next attempt pushed past the time the attempt may take)
 * before it is sent, under the document's version, so two replicas never post the same one at once. A delivery
 * whose entity has an earlier one pending waits for it; one whose subscription is disabled waits until it is
 * enabled again; one whose subscription was deleted is cancelled. When a delivery has failed through the whole
 * retry schedule, the subscription is disabled.
 */
@Component
class Dispatcher {

    private final DeliveryRepository deliveries;
    private final Subscriptions subscriptions;
    private final WebhookSender sender;
    private final WebhookProperties properties;
    private final Clock clock;

    Dispatcher(DeliveryRepository deliveries, Subscriptions subscriptions, WebhookSender sender,
            WebhookProperties properties, Clock clock) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.sender = sender;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${switchboard.webhooks.poll-interval}")
    void deliverDue() {
        for (Delivery delivery : deliveries.findTop200ByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAtAsc(
                DeliveryStatus.PENDING, clock.instant())) {
            attempt(delivery);
        }
    }

    private void attempt(Delivery delivery) {
        Optional<Subscription> subscription = subscriptions.find(delivery.subscriptionId());
        if (subscription.isEmpty() || subscription.get().deleted()) {
            delivery.cancel();
            save(delivery);
            return;
        }
        if (!subscription.get().enabled() || deliveries.existsBySubscriptionIdAndEntityKeyAndStatusAndOffsetLessThan(
                delivery.subscriptionId(), delivery.entityKey(), DeliveryStatus.PENDING, delivery.offset())) {
            return;
        }
        Instant now = clock.instant();
        delivery.holdUntil(now.plus(properties.connectTimeout()).plus(properties.responseTimeout()).plusSeconds(5));
        Optional<Delivery> held = save(delivery);
        if (held.isEmpty()) {
            return;
        }
        Attempt attempt = sender.send(subscription.get(), held.get());
        held.get().record(attempt, properties.retrySchedule());
        save(held.get());
        if (held.get().status() == DeliveryStatus.FAILED) {
            subscriptions.disable(delivery.subscriptionId(), "event " + delivery.eventId() + " could not be delivered"
                    + " in " + (properties.retrySchedule().size() + 1) + " attempts; the last: " + attempt.outcome());
        }
    }

    /** The saved delivery, or empty when another poller or an admin changed it meanwhile. */
    private Optional<Delivery> save(Delivery delivery) {
        try {
            return Optional.of(deliveries.save(delivery));
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            return Optional.empty();
        }
    }
}
