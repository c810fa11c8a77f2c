package dev.switchboard.events.achievement;

import dev.switchboard.platform.events.FieldChange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A file was added to an achievement: a certificate generated when it was issued, or a file someone uploaded. The
 * file itself stays in achievement-service; this says which, of what kind and size.
 */
public record DocumentAdded(String achievementId, long version, String contactId, String documentId, String kind,
        String contentType, String filename, long size) implements AchievementEvent {

    @Override
    public List<FieldChange> changes() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("documents." + documentId + ".kind", kind);
        fields.put("documents." + documentId + ".contentType", contentType);
        fields.put("documents." + documentId + ".filename", filename);
        fields.put("documents." + documentId + ".size", size);
        return FieldChange.allNew(fields);
    }
}
