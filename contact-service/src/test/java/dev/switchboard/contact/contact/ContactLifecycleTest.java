package dev.switchboard.contact.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.events.account.PrimaryRoleAssigned;
import dev.switchboard.events.achievement.AchievementIssued;
import dev.switchboard.events.achievement.AchievementRevoked;
import dev.switchboard.events.identity.AccessBlocked;
import dev.switchboard.events.identity.CredentialsCreated;
import dev.switchboard.platform.events.Topics;
import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class ContactLifecycleTest extends ContactTestSupport {

    @Test
    void deletingAContactWithHistoryIsRefusedWithEveryReason() throws Exception {
        String account = account("Guarded Ltd");
        String id = createContact(account, "Has", "History");
        publish(Topics.ACHIEVEMENTS, new AchievementIssued("ach-" + id, 1, id, "def-1", "First Aid", "FA-1",
                Instant.now(), null), "/switchboard/achievement-service");
        publish(Topics.IDENTITY, new CredentialsCreated("cred-" + id, 1, id, "has.history"),
                "/switchboard/identity-service");
        publish(Topics.ACCOUNTS, new PrimaryRoleAssigned(account, 2, "billing", id, null),
                "/switchboard/account-service");

        awaitHistory(id, "achievements", "activeCredentials", "primaryRoles");

        mvc.perform(delete("/api/contacts/" + id).header("Authorization", ADMIN))
                        .andExpect(status().isConflict())
                        .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/conflict"))
                        .andExpect(jsonPath("$.reasons").value(Matchers.containsInAnyOrder(
                                "has 1 achievement(s)", "has active portal credentials",
                                "holds the primary role 'billing' on account Guarded Ltd (" + account + ")")));
    }

    @Test
    void onceTheHistoryIsGoneTheContactCanBeDeletedAndRestored() throws Exception {
        String id = createContact(account("Cleared Ltd"), "No", "Longer");
        publish(Topics.ACHIEVEMENTS, new AchievementIssued("a-" + id, 1, id, "d", "CPR", "C-1", Instant.now(), null),
                "/switchboard/achievement-service");
        publish(Topics.IDENTITY, new CredentialsCreated("c-" + id, 1, id, "no.longer"), "/switchboard/identity-service");
        awaitHistory(id, "achievements", "activeCredentials");
        mvc.perform(delete("/api/contacts/" + id).header("Authorization", ADMIN))
                .andExpect(jsonPath("$.reasons.length()").value(2));

        publish(Topics.ACHIEVEMENTS, new AchievementRevoked("a-" + id, 2, id, "issued by mistake"),
                "/switchboard/achievement-service");
        publish(Topics.IDENTITY, new AccessBlocked("c-" + id, 2, id, "left"), "/switchboard/identity-service");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(delete("/api/contacts/" + id).header("Authorization", ADMIN))
                        .andExpect(status().isNoContent()));

        mvc.perform(get("/api/contacts/" + id).header("Authorization", VIEWER))
                .andExpect(jsonPath("$.deleted").value(true));
        mvc.perform(post("/api/contacts/" + id + "/restore").header("Authorization", ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deleted").value(false));
        assertThat(contactEvent(id, "ContactRestored", 3).get("actorname").asString()).isEqualTo("admin");
    }

    @Test
    void onlyAnAdminDeletesAndOnlyASuperUserPurges() throws Exception {
        String id = createContact(account("Roles Ltd"), "Role", "Play");
        mvc.perform(delete("/api/contacts/" + id).header("Authorization", EDITOR)).andExpect(status().isForbidden());
        mvc.perform(post("/api/contacts/" + id + "/purge").header("Authorization", ADMIN))
                .andExpect(status().isForbidden());

        mvc.perform(delete("/api/contacts/" + id).header("Authorization", ADMIN)).andExpect(status().isNoContent());

        mvc.perform(post("/api/contacts/" + id + "/purge").header("Authorization", SUPER_USER))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/contacts/" + id).header("Authorization", VIEWER)).andExpect(status().isNotFound());
        assertThat(contactEvent(id, "ContactPurged", 3).get("actorname").asString()).isEqualTo("root");
        org.bson.Document stored = mongo.getCollection("contacts").find(new org.bson.Document("_id", id)).first();
        assertThat(stored).doesNotContainKeys("details", "createdAt", "primaryAccountId");
        assertThat(stored.getList("accounts", Object.class)).isEmpty();
        assertThat(stored.getBoolean("purged")).isTrue();
    }

    @Test
    void onlyADeletedContactCanBePurged() throws Exception {
        String id = createContact(account("Alive Ltd"), "Still", "Here");

        mvc.perform(post("/api/contacts/" + id + "/purge").header("Authorization", SUPER_USER))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/conflict"))
                .andExpect(jsonPath("$.reasons[0]").value("delete it first"));

        mvc.perform(get("/api/contacts/" + id).header("Authorization", VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.firstName").value("Still"))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void historyThatArrivedAfterTheDeleteStillForbidsThePurge() throws Exception {
        String id = createContact(account("Late News Ltd"), "Late", "Award");
        mvc.perform(delete("/api/contacts/" + id).header("Authorization", ADMIN)).andExpect(status().isNoContent());
        publish(Topics.ACHIEVEMENTS, new AchievementIssued("late-" + id, 1, id, "def-2", "Safety", "S-1",
                Instant.now(), null), "/switchboard/achievement-service");
        awaitHistory(id, "achievements");

        mvc.perform(post("/api/contacts/" + id + "/purge").header("Authorization", SUPER_USER))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/conflict"))
                .andExpect(jsonPath("$.reasons").value(Matchers.contains("has 1 achievement(s)")));
        mvc.perform(get("/api/contacts/" + id).header("Authorization", VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lastName").value("Award"));
    }

    @Test
    void bulkDeleteAnswersForEachIdOnItsOwn() throws Exception {
        String account = account("Bulk Ltd");
        String plain = createContact(account, "Plain", "Contact");
        String guarded = createContact(account, "Guarded", "Contact");
        publish(Topics.IDENTITY, new CredentialsCreated("c-" + guarded, 1, guarded, "guarded"),
                "/switchboard/identity-service");
        awaitHistory(guarded, "activeCredentials");

        mvc.perform(post("/api/contacts/bulk-delete").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ids\": [\"" + plain + "\", \"" + guarded + "\", \"ghost\", \"" + plain + "\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results.length()").value(3))
                .andExpect(jsonPath("$.results[0].outcome").value("DELETED"))
                .andExpect(jsonPath("$.results[1].outcome").value("REFUSED"))
                .andExpect(jsonPath("$.results[1].reasons[0]").value("has active portal credentials"))
                .andExpect(jsonPath("$.results[2].outcome").value("NOT_FOUND"));
        mvc.perform(post("/api/contacts/bulk-delete").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"ids\": []}"))
                .andExpect(status().isBadRequest());
    }

    /** Waits until the deletion guard has heard, from the other services' events, of each kind of history named. */
    private void awaitHistory(String contactId, String... kinds) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            Document history = mongo.getCollection("contact_history").find(new Document("_id", contactId)).first();
            return history != null && java.util.Arrays.stream(kinds)
                    .allMatch(kind -> !history.getList(kind, Object.class, java.util.List.of()).isEmpty());
        });
    }
}
