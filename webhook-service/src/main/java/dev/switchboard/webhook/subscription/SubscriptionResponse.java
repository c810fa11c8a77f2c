package dev.switchboard.webhook.subscription;

import java.time.Instant;
import java.util.List;

/** A subscription as admins read it: everything but the secret, of which only the version shows. */
record SubscriptionResponse(String id, String url, List<String> eventTypes, boolean enabled, String disabledReason,
        int secretVersion, Instant createdAt, String createdBy, long version) {

    static SubscriptionResponse of(Subscription subscription) {
        return new SubscriptionResponse(subscription.id(), subscription.url(), subscription.eventTypes(),
                subscription.enabled(), subscription.disabledReason(), subscription.secretVersion(),
                subscription.createdAt(), subscription.createdBy(), subscription.version());
    }
}
