package dev.switchboard.achievement.achievement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.achievement.AchievementTestSupport;
import dev.switchboard.events.contact.ContactDeleted;
import dev.switchboard.events.contact.ContactPurged;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PurgedContactTest extends AchievementTestSupport {

    @Test
    void aPurgedContactsAchievementsAreKeptWithoutTheContact() throws Exception {
        String contactId = contact();
        JsonNode issued = issued(contactId, definition("P1Y").get("id").asString());
        String id = issued.get("id").asString();

        publish(new ContactDeleted(contactId, 2));
        publish(new ContactPurged(contactId, 3));

        await().untilAsserted(() -> assertThat(achievement(id).has("anonymisedAt")
                && !achievement(id).get("anonymisedAt").isNull()).isTrue());
        JsonNode kept = achievement(id);
        assertThat(kept.has("contactId") && !kept.get("contactId").isNull()).isFalse();
        assertThat(kept.get("number").asString()).isEqualTo(issued.get("number").asString());
        assertThat(kept.get("validity").asString()).isEqualTo("ACTIVE");
    }
}
