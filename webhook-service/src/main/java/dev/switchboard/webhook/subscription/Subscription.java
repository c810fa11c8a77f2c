package dev.switchboard.webhook.subscription;

import dev.switchboard.events.webhook.WebhookChanged;
import dev.switchboard.events.webhook.WebhookDisabled;
import dev.switchboard.events.webhook.WebhookSubscribed;
import dev.switchboard.events.webhook.WebhookUnsubscribed;
import dev.switchboard.platform.events.FieldChange;
import dev.switchboard.platform.outbox.OutboxDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Another system's endpoint and the event types it wants. A deleted subscription stays as a tombstone, so the event
 * saying so leaves through the outbox and its delivery log can still be read by id.
 */
@Document("subscriptions")
public class Subscription extends OutboxDocument {

    /** The event type that matches every event. */
    public static final String EVERY_EVENT = "*";

    @Id
    private String id;
    private String url;
    private List<String> eventTypes = List.of();
    private String secret;
    private int secretVersion;
    private boolean enabled;
    private String disabledReason;
    private boolean deleted;
    private Instant createdAt;
    private String createdBy;

    static Subscription subscribe(String url, List<String> eventTypes, String secret, Instant now, String by) {
        Subscription subscription = new Subscription();
        subscription.id = UUID.randomUUID().toString();
        subscription.url = url;
        subscription.eventTypes = List.copyOf(eventTypes);
        subscription.secret = secret;
        subscription.secretVersion = 1;
        subscription.enabled = true;
        subscription.createdAt = now;
        subscription.createdBy = by;
        subscription.raise(new WebhookSubscribed(subscription.id, subscription.nextVersion(), url, eventTypes));
        return subscription;
    }

    /** Applies the edited fields; answers whether anything changed (and an event was raised). */
    boolean edit(SubscriptionFields edited) {
        List<FieldChange> changes = new ArrayList<>();
        if (!url.equals(edited.url())) {
            changes.add(new FieldChange("url", url, edited.url()));
            url = edited.url();
        }
        if (!eventTypes.equals(edited.eventTypes())) {
            changes.add(new FieldChange("eventTypes", eventTypes, edited.eventTypes()));
            eventTypes = List.copyOf(edited.eventTypes());
        }
        if (!secret.equals(edited.secret())) {
            changes.add(new FieldChange("secretVersion", secretVersion, secretVersion + 1));
            secret = edited.secret();
            secretVersion++;
        }
        boolean enable = edited.enabled() == null ? enabled : edited.enabled();
        if (enable != enabled) {
            changes.add(new FieldChange("enabled", enabled, enable));
            enabled = enable;
            if (enable && disabledReason != null) {
                changes.add(new FieldChange("disabledReason", disabledReason, null));
                disabledReason = null;
            }
        }
        if (changes.isEmpty()) {
            return false;
        }
        raise(new WebhookChanged(id, nextVersion(), changes));
        return true;
    }

    /** Stops deliveries after persistent failure; an admin enables the subscription again by PATCH. */
    boolean disable(String reason) {
        if (!enabled || deleted) {
            return false;
        }
        enabled = false;
        disabledReason = reason;
        raise(new WebhookDisabled(id, nextVersion(), reason));
        return true;
    }

    void delete() {
        deleted = true;
        enabled = false;
        raise(new WebhookUnsubscribed(id, nextVersion(), url));
    }

    /** Whether an event of this type is delivered to this subscription now. */
    public boolean wants(String eventType) {
        return enabled && !deleted && (eventTypes.contains(EVERY_EVENT) || eventTypes.contains(eventType));
    }

    public String id() {
        return id;
    }

    public String url() {
        return url;
    }

    /** The signing secret; read by the sender only, never answered or published. */
    public String secret() {
        return secret;
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean deleted() {
        return deleted;
    }

    List<String> eventTypes() {
        return eventTypes;
    }

    int secretVersion() {
        return secretVersion;
    }

    String disabledReason() {
        return disabledReason;
    }

    Instant createdAt() {
        return createdAt;
    }

    String createdBy() {
        return createdBy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Subscription that && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
