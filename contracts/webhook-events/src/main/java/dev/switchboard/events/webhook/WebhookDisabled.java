package dev.switchboard.events.webhook;

import dev.switchboard.platform.events.FieldChange;
import java.util.List;

/** Deliveries to the subscription kept failing, so it was disabled until an admin enables it again. */
public record WebhookDisabled(String subscriptionId, long version, String reason) implements WebhookEvent {

    @Override
    public List<FieldChange> changes() {
        return List.of(new FieldChange("enabled", true, false), new FieldChange("disabledReason", null, reason));
    }
}
