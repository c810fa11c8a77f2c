package dev.switchboard.achievement.achievement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.achievement.AchievementTestSupport;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

class ValidityTest extends AchievementTestSupport {

    @Test
    void anAchievementIsActiveUntilItsExpiryAndExpiredFromThen() throws Exception {
        String id = issued(contact(), definition("P1M").get("id").asString()).get("id").asString();
        assertThat(achievement(id).get("validity").asString()).isEqualTo("ACTIVE");

        clock.advance(Duration.ofDays(32));

        assertThat(achievement(id).get("validity").asString()).isEqualTo("EXPIRED");
    }

    @Test
    void revokingPublishesAchievementRevokedAndRevokedWinsOverExpired() throws Exception {
        String contactId = contact();
        String id = issued(contactId, definition("P1M").get("id").asString()).get("id").asString();

        revoke(id, ADMIN).andExpect(status().isOk()).andExpect(jsonPath("$.validity").value("REVOKED"))
                .andExpect(jsonPath("$.revokeReason").value("Exam fraud"));
        clock.advance(Duration.ofDays(60));

        assertThat(achievement(id).get("validity").asString()).isEqualTo("REVOKED");
        JsonNode event = awaitEvent(id, "switchboard.AchievementRevoked", e -> true);
        assertThat(event.at("/data/contactId").asString()).isEqualTo(contactId);
        assertThat(event.at("/data/reason").asString()).isEqualTo("Exam fraud");
    }

    @Test
    void onlyAnAdminRevokesAndOnlyOnce() throws Exception {
        String id = issued(contact(), definition("P1Y").get("id").asString()).get("id").asString();

        revoke(id, EDITOR).andExpect(status().isForbidden());
        revoke(id, ADMIN).andExpect(status().isOk());
        revoke(id, ADMIN).andExpect(status().isConflict());
    }

    @Test
    void listsFilterByValidityAsOfNowAndByExpiry() throws Exception {
        String contactId = contact();
        String definitionId = definition("P1M").get("id").asString();
        String expiring = issued(contactId, definitionId).get("id").asString();
        String revoked = issued(contactId, definitionId).get("id").asString();
        revoke(revoked, ADMIN).andExpect(status().isOk());
        clock.advance(Duration.ofDays(40));
        String fresh = issued(contactId, definitionId).get("id").asString();

        assertThat(ids(mvc.perform(get("/api/contacts/" + contactId + "/achievements").header("Authorization", VIEWER))))
                .containsExactly(fresh, revoked, expiring);
        assertThat(ids(mvc.perform(get("/api/contacts/" + contactId + "/achievements?validity=EXPIRED")
                .header("Authorization", VIEWER)))).containsExactly(expiring);
        assertThat(items(mvc.perform(get("/api/achievements?definitionId=" + definitionId + "&validity=ACTIVE")
                .header("Authorization", VIEWER)))).containsExactly(fresh);
        assertThat(items(mvc.perform(get("/api/achievements?definitionId=" + definitionId + "&validity=REVOKED")
                .header("Authorization", VIEWER)))).containsExactly(revoked);
        assertThat(items(mvc.perform(get("/api/achievements?definitionId=" + definitionId + "&expiringBefore="
                + clock.instant().plus(Duration.ofDays(1))).header("Authorization", VIEWER))))
                .containsExactlyInAnyOrder(expiring, revoked);
        mvc.perform(get("/api/achievements?definitionId=" + definitionId + "&page=0&size=1")
                        .header("Authorization", VIEWER))
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.items.length()").value(1));
    }

    private ResultActions revoke(String id, String token) throws Exception {
        return mvc.perform(post("/api/achievements/" + id + "/revoke").header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Exam fraud\"}"));
    }

    private List<String> ids(ResultActions result) throws Exception {
        return read(result.andExpect(status().isOk())).valueStream().map(a -> a.get("id").asString()).toList();
    }

    private List<String> items(ResultActions result) throws Exception {
        return read(result.andExpect(status().isOk())).get("items").valueStream().map(a -> a.get("id").asString())
                .toList();
    }
}
