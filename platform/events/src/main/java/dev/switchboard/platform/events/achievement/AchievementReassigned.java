package dev.switchboard.events.achievement;

import dev.switchboard.platform.events.FieldChange;
import java.util.List;

/** An achievement now belongs to another contact (after a merge). */
public record AchievementReassigned(String achievementId, long version, String fromContactId, String toContactId)
        implements AchievementEvent {

    @Override
    public List<FieldChange> changes() {
        return FieldChange.single("contactId", fromContactId, toContactId);
    }
}
