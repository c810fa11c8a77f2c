package dev.switchboard.events.achievement;

import dev.switchboard.platform.events.FieldChange;
import java.util.List;

/** An achievement was revoked; it stays as history but no longer counts. */
public record AchievementRevoked(String achievementId, long version, String contactId, String reason)
        implements AchievementEvent {

    @Override
    public List<FieldChange> changes() {
        return List.of(new FieldChange("validity", null, "REVOKED"), new FieldChange("revokeReason", null, reason));
    }
}
