package dev.switchboard.webhook.subscription;

import dev.switchboard.platform.domain.AggregateNotFound;
import dev.switchboard.platform.domain.InvalidValues;
import dev.switchboard.platform.events.EventTypes;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/** The subscriptions, for the admins' API and for the deliveries that follow them. */
@Service
public class Subscriptions {

    private final SubscriptionRepository subscriptions;
    private final WebhookTargets targets;
    private final Clock clock;

    Subscriptions(SubscriptionRepository subscriptions, WebhookTargets targets, Clock clock) {
        this.subscriptions = subscriptions;
        this.targets = targets;
        this.clock = clock;
    }

    Subscription subscribe(SubscriptionFields fields, String by) {
        check(fields);
        return subscriptions.save(Subscription.subscribe(fields.url(), fields.eventTypes(), fields.secret(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS), by));
    }

    Subscription edit(Subscription subscription, SubscriptionFields edited) {
        check(edited);
        return subscription.edit(edited) ? subscriptions.save(subscription) : subscription;
    }

    void delete(Subscription subscription) {
        subscription.delete();
        subscriptions.save(subscription);
    }

    /** A subscription that was not deleted; deleted or unknown is not found. */
    public Subscription require(String id) {
        return subscriptions.findById(id).filter(found -> !found.deleted())
                .orElseThrow(() -> new AggregateNotFound("webhook", id));
    }

    /** The subscription, deleted or not, if it ever existed. */
    public Optional<Subscription> find(String id) {
        return subscriptions.findById(id);
    }

    /** The subscriptions an event of this type goes to now. */
    public List<Subscription> wanting(String eventType) {
        return subscriptions.findByEnabledTrueAndDeletedFalse().stream()
                .filter(subscription -> subscription.wants(eventType)).toList();
    }

    /** Disables the subscription after persistent failure, once; retried if an admin changed it meanwhile. */
    public void disable(String id, String reason) {
        for (int attempt = 0; ; attempt++) {
            Optional<Subscription> found = subscriptions.findById(id);
            if (found.isEmpty() || !found.get().disable(reason)) {
                return;
            }
            try {
                subscriptions.save(found.get());
                return;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == 2) {
                    throw e;
                }
            }
        }
    }

    private void check(SubscriptionFields fields) {
        URI url;
        try {
            url = new URI(fields.url());
        } catch (URISyntaxException e) {
            throw InvalidValues.of("url", "is not a URL");
        }
        targets.refusal(url).ifPresent(reason -> {
            throw InvalidValues.of("url", reason);
        });
        for (String type : fields.eventTypes()) {
            if (!type.equals(Subscription.EVERY_EVENT) && EventTypes.classOf(type).isEmpty()) {
                throw InvalidValues.of("eventTypes", "'" + type + "' is not an event type of Switchboard");
            }
        }
    }
}
