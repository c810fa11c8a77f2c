package dev.switchboard.webhook.delivery;

import dev.switchboard.webhook.subscription.Subscription;
import dev.switchboard.webhook.subscription.Subscriptions;
import dev.switchboard.webhook.subscription.WebhookProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes the attempts that are due, each on its own (virtual) thread, so a slow or silent target never holds up the
 * others; at most {@value #IN_FLIGHT} at once. A delivery is held (its next attempt pushed past the time the attempt
 * may take) before it is sent, under the document's version, so two pollers or replicas never post the same one at
 * once. A delivery whose entity has an earlier one pending (or in flight) waits for it; one whose subscription is
 * disabled waits until it is enabled again; one whose subscription was deleted is cancelled. When a delivery has
 * failed through the whole retry schedule, the subscription is disabled.
 */
@Component
class Dispatcher implements DisposableBean {

    static final int IN_FLIGHT = 64;

    private final DeliveryRepository deliveries;
    private final Subscriptions subscriptions;
    private final WebhookSender sender;
    private final WebhookProperties properties;
    private final Clock clock;
    private final ExecutorService attempts = Executors.newVirtualThreadPerTaskExecutor();
    private final Semaphore slots = new Semaphore(IN_FLIGHT);

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
            if (!slots.tryAcquire()) {
                return;
            }
            Optional<Runnable> attempt = prepare(delivery);
            if (attempt.isEmpty()) {
                slots.release();
                continue;
            }
            attempts.execute(() -> {
                try {
                    attempt.get().run();
                } finally {
                    slots.release();
                }
            });
        }
    }

    /** The attempt to make, with the delivery held for it; empty when it is not to be sent now. */
    private Optional<Runnable> prepare(Delivery delivery) {
        Optional<Subscription> subscription = subscriptions.find(delivery.subscriptionId());
        if (subscription.isEmpty() || subscription.get().deleted()) {
            delivery.cancel();
            save(delivery);
            return Optional.empty();
        }
        if (!subscription.get().enabled() || deliveries.existsBySubscriptionIdAndEntityKeyAndStatusAndOffsetLessThan(
                delivery.subscriptionId(), delivery.entityKey(), DeliveryStatus.PENDING, delivery.offset())) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        delivery.holdUntil(now.plus(properties.connectTimeout()).plus(properties.responseTimeout()).plusSeconds(5));
        return save(delivery).map(held -> () -> send(subscription.get(), held));
    }

    private void send(Subscription subscription, Delivery held) {
        Attempt attempt = sender.send(subscription, held);
        held.record(attempt, properties.retrySchedule());
        save(held);
        if (held.status() == DeliveryStatus.FAILED) {
            subscriptions.disable(held.subscriptionId(), "event " + held.eventId() + " could not be delivered in "
                    + (properties.retrySchedule().size() + 1) + " attempts; the last: " + attempt.outcome());
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

    @Override
    public void destroy() {
        attempts.shutdownNow();
    }
}
