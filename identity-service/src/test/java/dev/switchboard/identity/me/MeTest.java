package dev.switchboard.identity.me;

import static dev.switchboard.platform.testkit.TestTokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.events.achievement.AchievementIssued;
import dev.switchboard.events.achievement.AchievementRevoked;
import dev.switchboard.identity.IdentityTestSupport;
import dev.switchboard.platform.events.CloudEventCodec;
import dev.switchboard.platform.events.Topics;
import dev.switchboard.platform.stacktestkit.TestKeycloak;
import dev.switchboard.platform.testkit.OtherService;
import dev.switchboard.platform.testkit.TestTokens;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;

/** A portal user reads its own contact, credentials and achievements, and nothing about anyone else. */
class MeTest extends IdentityTestSupport {

    @Autowired
    private MongoTemplate mongo;

    @BeforeAll
    static void startKeycloak() {
        TestKeycloak.start();
    }

    @Test
    void aPortalUserReadsItsOwnContactCredentialsAndAchievements() throws Exception {
        String email = unique("barbara") + "@example.org";
        String contactId = contact("Barbara", "Liskov", email);
        String portal = portalUserOf(contactId);
        String other = contact("Someone", "Else", unique("else") + "@example.org");
        Instant issued = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        OtherService achievements = new OtherService("achievement-service", kafkaTemplate, new CloudEventCodec());
        achievements.publish(Topics.ACHIEVEMENTS, new AchievementIssued("ach-1-" + contactId, 1, contactId, "def-1",
                "Certified Designer", "CERT-2026-00001", issued.minusSeconds(60), issued.plus(730, ChronoUnit.DAYS)));
        achievements.publish(Topics.ACHIEVEMENTS, new AchievementIssued("ach-2-" + contactId, 1, contactId, "def-2",
                "Old Course", "OC-0001", issued.minusSeconds(3600), null));
        achievements.publish(Topics.ACHIEVEMENTS, new AchievementRevoked("ach-2-" + contactId, 2, contactId, "error"));
        achievements.publish(Topics.ACHIEVEMENTS, new AchievementIssued("ach-3-" + other, 1, other, "def-1",
                "Certified Designer", "CERT-2026-00002", issued, null));

        mvc.perform(get("/api/me").header("Authorization", portal))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contact.id").value(contactId))
                .andExpect(jsonPath("$.contact.firstName").value("Barbara"))
                .andExpect(jsonPath("$.contact.email").value(email))
                .andExpect(jsonPath("$.credentials.status").value("ACTIVE"))
                .andExpect(jsonPath("$.achievements.length()").value(2))
                .andExpect(jsonPath("$.achievements[0].number").value("CERT-2026-00001"))
                .andExpect(jsonPath("$.achievements[0].validity").value("ACTIVE"))
                .andExpect(jsonPath("$.achievements[1].validity").value("REVOKED"));
    }

    @Test
    void aPortalUserReadsNothingAboutContactsCredentialsOrInvitations() throws Exception {
        String contactId = contact("Frances", "Allen", unique("frances") + "@example.org");
        String portal = portalUserOf(contactId);
        String other = contact("Someone", "Else", unique("else") + "@example.org");

        for (String path : new String[] {"/api/contacts/" + other + "/credentials",
                "/api/contacts/" + contactId + "/credentials", "/api/invitations/bulk/" + UUID.randomUUID()}) {
            mvc.perform(get(path).header("Authorization", portal)).andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/invitations").header("Authorization", portal).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"CLIENT\", \"mode\": \"QUIET\", \"contactId\": \"" + other + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/contacts/" + other + "/credentials/block").header("Authorization", portal)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"x\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aUserWithoutPortalCredentialsHasNoPortalPage() throws Exception {
        mvc.perform(get("/api/me").header("Authorization", bearer(TestTokens.user(unique("nobody"), "portal"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/me")).andExpect(status().isUnauthorized());
    }

    /**
     * Credentials set up for the contact, then linked to a test token's subject: a token's subject is its user's id
     * in the realm, and the test kit's tokens derive it from the username.
     */
    private String portalUserOf(String contactId) throws Exception {
        String username = unique("portal");
        mvc.perform(put("/api/contacts/" + contactId + "/credentials").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"" + username + "\", \"roles\": []}"))
                .andExpect(status().isCreated());
        String subject = UUID.nameUUIDFromBytes(username.getBytes()).toString();
        mongo.updateFirst(Query.query(Criteria.where("contactId").is(contactId)),
                new Update().set("realmUserId", subject), "credentials");
        return bearer(TestTokens.user(username, "portal"));
    }
}
