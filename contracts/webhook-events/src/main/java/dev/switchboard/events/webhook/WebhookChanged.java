package dev.switchboard.events.webhook;

import dev.switchboard.platform.events.FieldChange;
import java.util.List;

/**
 * An admin changed a subscription: its URL, event types, whether it is enabled, or its signing secret (published
 * only as a new {@code secretVersion}, never the secret itself).
 */
public record WebhookChanged(String subscriptionId, long version, List<FieldChange> changes) implements WebhookEvent {

    public WebhookChanged {
        changes = List.copyOf(changes);
    }
}
