package dev.switchboard.events.webhook;

import dev.switchboard.platform.events.DomainEvent;
import dev.switchboard.platform.events.EventCatalog;
import java.util.List;

/** What webhook-service publishes on the webhooks topic. */
public final class WebhookEvents implements EventCatalog {

    @Override
    public List<Class<? extends DomainEvent>> events() {
        return List.of(WebhookSubscribed.class, WebhookChanged.class, WebhookDisabled.class,
                WebhookUnsubscribed.class);
    }
}
