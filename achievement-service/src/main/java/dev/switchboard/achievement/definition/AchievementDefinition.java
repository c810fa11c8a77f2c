package dev.switchboard.achievement.definition;

import java.time.Instant;
import java.time.Period;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One entry of the catalogue achievements are issued from: settings an admin keeps, so it publishes no events (like
 * contact-service's custom-field declarations). An achievement copies what it shows (name, brand) when issued, so a
 * later change of the definition does not rewrite history.
 *
 * @param validityPeriod ISO-8601 period (e.g. {@code P2Y}) an achievement stays valid, none when it never expires
 */
@Document("definitions")
public record AchievementDefinition(@Id String id, String name, String description, String criteria,
        String validityPeriod, String brand, String numberPattern, Instant createdAt) {

    public Period period() {
        return validityPeriod == null ? null : Period.parse(validityPeriod);
    }
}
