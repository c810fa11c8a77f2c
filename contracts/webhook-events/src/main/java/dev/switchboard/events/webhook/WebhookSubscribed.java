package dev.switchboard.events.webhook;

import dev.switchboard.platform.events.FieldChange;
import java.util.List;

/** An admin subscribed a URL to the listed event types; its signing secret is never part of an event. */
public record WebhookSubscribed(String subscriptionId, long version, String url, List<String> eventTypes)
        implements WebhookEvent {

    public WebhookSubscribed {
        eventTypes = List.copyOf(eventTypes);
    }

    @Override
    public List<FieldChange> changes() {
        return List.of(new FieldChange("url", null, url), new FieldChange("eventTypes", null, eventTypes),
                new FieldChange("enabled", null, true));
    }
}
