package dev.switchboard.events.achievement;

import dev.switchboard.platform.events.FieldChange;
import java.util.List;

/** A file was removed from an achievement, with all its versions. */
public record DocumentRemoved(String achievementId, long version, String contactId, String documentId, String kind,
        String filename) implements AchievementEvent {

    @Override
    public List<FieldChange> changes() {
        return List.of(new FieldChange("documents." + documentId + ".filename", filename, null));
    }
}
