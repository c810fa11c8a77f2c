package dev.switchboard.achievement.achievement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.achievement.AchievementTestSupport;
import dev.switchboard.platform.events.Topics;
import dev.switchboard.platform.testkit.TopicProbe;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

class ExpiryTest extends AchievementTestSupport {

    @Autowired
    ExpiryAnnouncements expiries;

    @Test
    void anAchievementPastItsExpiryIsAnnouncedOnceAsExpired() throws Exception {
        String contactId = contact();
        JsonNode issued = issued(contactId, definition("P1M").get("id").asString());
        String id = issued.get("id").asString();
        expiries.announceDue();
        assertThat(achievement(id).get("version").asLong()).isEqualTo(issued.get("version").asLong());

        clock.advance(Duration.ofDays(32));
        expiries.announceDue();

        JsonNode event = awaitEvent(id, "switchboard.AchievementExpired", e -> true);
        assertThat(event.at("/data/contactId").asString()).isEqualTo(contactId);
        assertThat(event.at("/data/expiresAt").asString()).isEqualTo(issued.get("expiresAt").asString());
        long announcedVersion = achievement(id).get("version").asLong();

        expiries.announceDue();

        assertThat(achievement(id).get("version").asLong()).isEqualTo(announcedVersion);
        assertThat(expiredEventsOf(id)).isEqualTo(1);
    }

    @Test
    void aRevokedAchievementIsNotAnnouncedAsExpired() throws Exception {
        JsonNode issued = issued(contact(), definition("P1M").get("id").asString());
        String id = issued.get("id").asString();
        mvc.perform(post("/api/achievements/" + id + "/revoke").header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Exam fraud\"}"))
                .andExpect(status().isOk());
        long revokedVersion = achievement(id).get("version").asLong();

        clock.advance(Duration.ofDays(32));
        expiries.announceDue();

        assertThat(achievement(id).get("version").asLong()).isEqualTo(revokedVersion);
    }

    private long expiredEventsOf(String id) {
        try (TopicProbe probe = new TopicProbe(kafka, Topics.ACHIEVEMENTS)) {
            return probe.readToEnd().stream().map(record -> json.readTree(record.value()))
                    .filter(event -> "switchboard.AchievementExpired".equals(event.get("type").asString())
                            && id.equals(event.at("/data/achievementId").asString()))
                    .count();
        }
    }
}
