package dev.switchboard.events.achievement;

import dev.switchboard.platform.events.FieldChange;
import java.time.Instant;
import java.util.List;

/** An achievement passed its expiry and no longer counts; published once, by the service's expiry job. */
public record AchievementExpired(String achievementId, long version, String contactId, Instant expiresAt)
        implements AchievementEvent {

    @Override
    public List<FieldChange> changes() {
        return List.of(new FieldChange("validity", "ACTIVE", "EXPIRED"));
    }
}
