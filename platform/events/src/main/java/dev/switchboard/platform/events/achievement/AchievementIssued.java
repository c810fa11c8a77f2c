package dev.switchboard.events.achievement;

import dev.switchboard.platform.events.FieldChange;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An achievement was issued to a contact. */
public record AchievementIssued(String achievementId, long version, String contactId, String definitionId, String name,
        String number, Instant issuedAt, Instant expiresAt) implements AchievementEvent {

    @Override
    public List<FieldChange> changes() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("contactId", contactId);
        fields.put("definitionId", definitionId);
        fields.put("name", name);
        fields.put("number", number);
        fields.put("issuedAt", issuedAt == null ? null : issuedAt.toString());
        fields.put("expiresAt", expiresAt == null ? null : expiresAt.toString());
        fields.put("validity", "ACTIVE");
        return FieldChange.allNew(fields);
    }
}
