package dev.switchboard.events.webhook;

import dev.switchboard.platform.events.FieldChange;
import java.util.List;

/** An admin deleted the subscription; nothing more is delivered to it. */
public record WebhookUnsubscribed(String subscriptionId, long version, String url) implements WebhookEvent {

    @Override
    public List<FieldChange> changes() {
        return List.of(new FieldChange("url", url, null));
    }
}
