package dev.switchboard.events.achievement;

import dev.switchboard.platform.events.FieldChange;
import java.util.List;

/**
 * An achievement's generated documents (its certificate) were made anew from current data, e.g. after the contact's
 * name changed; the previous version of each is kept.
 */
public record DocumentsRefreshed(String achievementId, long version, String contactId, String documentId,
        int documentVersion) implements AchievementEvent {

    @Override
    public List<FieldChange> changes() {
        return List.of(new FieldChange("documents." + documentId + ".version", documentVersion - 1, documentVersion));
    }
}
