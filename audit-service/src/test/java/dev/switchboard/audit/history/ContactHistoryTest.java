package dev.switchboard.audit.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.events.achievement.AchievementIssued;
import dev.switchboard.events.contact.ContactAccountLinked;
import dev.switchboard.events.contact.ContactCreated;
import dev.switchboard.events.contact.ContactDetails;
import dev.switchboard.events.identity.AccessBlocked;
import dev.switchboard.events.identity.CredentialsCreated;
import dev.switchboard.platform.events.Channel;
import dev.switchboard.platform.events.CloudEvent;
import dev.switchboard.platform.events.EventContext;
import dev.switchboard.platform.events.FieldChange;
import dev.switchboard.platform.events.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

class ContactHistoryTest extends AuditTestSupport {

    private static final EventContext INTEGRATION = new EventContext("client-9", "crm-sync", Channel.API, "c", null);

    @Autowired
    MeterRegistry registry;

    @Test
    void aContactsHistoryHoldsWhatEveryServiceDidToItNewestFirst() throws Exception {
        String contactId = UUID.randomUUID().toString();
        String credentialsId = UUID.randomUUID().toString();
        String achievementId = UUID.randomUUID().toString();
        // each stored before the next is sent: across topics, the history's order is the order of arrival
        publishAndAwait(Topics.CONTACTS, event(new ContactCreated(contactId, 1,
                ContactDetails.builder().firstName("Ada").lastName("Lovelace").build(), null),
                Instant.parse("2026-03-01T10:00:00Z")));
        publishAndAwait(Topics.CONTACTS, event(new ContactAccountLinked(contactId, 2, "account-7", true, null,
                "account-7"), Instant.parse("2026-03-02T10:00:00Z")));
        publishAndAwait(Topics.IDENTITY, event(new CredentialsCreated(credentialsId, 1, contactId, "ada"),
                Instant.parse("2026-03-03T10:00:00Z"), INTEGRATION));
        publishAndAwait(Topics.ACHIEVEMENTS, event(new AchievementIssued(achievementId, 1, contactId, "def-1",
                "First Aid", "FA-1", Instant.parse("2026-03-04T00:00:00Z"), null), Instant.parse("2026-03-04T10:00:00Z")));
        CloudEvent blocked = event(new AccessBlocked(credentialsId, 2, contactId, "left the company"),
                Instant.parse("2026-03-05T10:00:00Z"), INTEGRATION);
        publishAndAwait(Topics.IDENTITY, blocked);
        long ownEntries = stored("contact", contactId);
        awaitContactLines(contactId, (int) ownEntries + 5 + 6);

        JsonNode page = history(contactId, "size", "5");
        assertThat(page.get("totalElements").asLong()).isEqualTo(ownEntries + 5 + 6); // expiresAt is absent
        JsonNode newest = page.get("items").get(0);
        assertThat(newest.get("eventId").asString()).isEqualTo(blocked.id());
        assertThat(newest.get("entityType").asString()).isEqualTo("credentials");
        assertThat(newest.get("field").asString()).isEqualTo("status");
        assertThat(newest.get("newValue").asString()).isEqualTo("BLOCKED");
        assertThat(newest.get("actor").asString()).isEqualTo("client-9");
        assertThat(newest.get("actorName").asString()).isEqualTo("crm-sync");
        assertThat(newest.get("channel").asString()).isEqualTo("API");
        assertThat(newest.get("correlationId").asString()).isEqualTo("corr-" + blocked.id());
        assertThat(newest.get("eventType").asString()).isEqualTo("switchboard.AccessBlocked");
        assertThat(page.get("items").get(1).get("field").asString()).isEqualTo("blockReason");

        JsonNode all = history(contactId, "size", "50");
        assertThat(all.findValuesAsString("entityType")).containsSubsequence("credentials", "achievement",
                "credentials", "contact", "contact");
        assertThat(all.findValuesAsString("field")).contains("accounts.account-7.active", "username", "number");
    }

    private void publishAndAwait(String topic, CloudEvent event) throws Exception {
        publish(topic, event);
        awaitStored(event);
    }

    @Test
    void theHistoryIsFilteredByFieldActorChannelAndTime() throws Exception {
        String contactId = UUID.randomUUID().toString();
        String credentialsId = UUID.randomUUID().toString();
        CloudEvent created = event(new ContactCreated(contactId, 1,
                ContactDetails.builder().firstName("Grace").lastName("Hopper").build(), null),
                Instant.parse("2026-04-01T10:00:00Z"));
        publish(Topics.CONTACTS, created);
        publish(Topics.IDENTITY, event(new CredentialsCreated(credentialsId, 1, contactId, "grace"),
                Instant.parse("2026-04-02T10:00:00Z"), INTEGRATION));
        awaitStored("credentials", credentialsId, 3);
        awaitStored(created);
        long ownEntries = stored("contact", contactId);
        awaitContactLines(contactId, (int) ownEntries + 3);

        assertThat(history(contactId, "field", "username").findValuesAsString("newValue")).containsExactly("grace");
        assertThat(history(contactId, "actor", "crm-sync").get("totalElements").asLong()).isEqualTo(3);
        assertThat(history(contactId, "actor", "client-9").get("totalElements").asLong()).isEqualTo(3);
        assertThat(history(contactId, "channel", "MANUAL").findValuesAsString("entityType"))
                .containsOnly("contact").hasSize((int) ownEntries);
        assertThat(history(contactId, "from", "2026-04-02T00:00:00Z").get("totalElements").asLong()).isEqualTo(3);
        assertThat(history(contactId, "to", "2026-04-02T00:00:00Z").get("totalElements").asLong()).isEqualTo(ownEntries);
        JsonNode secondPage = history(contactId, "channel", "API", "size", "2", "page", "1");
        assertThat(secondPage.get("items")).hasSize(1);
        assertThat(secondPage.get("totalPages").asInt()).isEqualTo(2);

        JsonNode byEntity = read(get("/api/audit").param("entityType", "credentials").param("entityId", credentialsId)
                .param("field", "status"));
        assertThat(byEntity.findValuesAsString("newValue")).containsExactly("ACTIVE");
        JsonNode byType = read(get("/api/audit").param("entityType", "credentials").param("actor", "crm-sync")
                .param("from", "2026-04-02T00:00:00Z").param("to", "2026-04-03T00:00:00Z"));
        assertThat(byType.findValuesAsString("entityId")).contains(credentialsId);
    }

    @Test
    void badFiltersAre400Problems() throws Exception {
        for (String[] bad : List.of(new String[] {"channel", "FAX"}, new String[] {"from", "yesterday"},
                new String[] {"to", "2026-13-01T00:00:00Z"}, new String[] {"field", ""},
                new String[] {"actor", "x".repeat(201)})) {
            mvc.perform(get("/api/contacts/" + UUID.randomUUID() + "/history").param(bad[0], bad[1])
                            .header("Authorization", VIEWER))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").exists());
            mvc.perform(get("/api/audit").param("entityType", "contact").param(bad[0], bad[1])
                            .header("Authorization", VIEWER))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(get("/api/audit").param("entityType", "contact").param("from", "2026-02-01T00:00:00Z")
                        .param("to", "2026-01-01T00:00:00Z").header("Authorization", VIEWER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/validation"));
    }

    @Test
    void readingAContactsHistoryIsItselfRecordedWithWhoWhenAndHowManyRows() throws Exception {
        String contactId = UUID.randomUUID().toString();
        publish(Topics.CONTACTS, event(new ContactCreated(contactId, 1,
                ContactDetails.builder().firstName("Alan").lastName("Turing").build(), null), Instant.now()));
        awaitStored("contact", contactId, 2);
        awaitContactLines(contactId, (int) stored("contact", contactId));

        history(contactId, "size", "1");
        history(contactId, "field", "lastName");

        JsonNode reads = read(get("/api/audit").param("entityType", "contact-access").param("entityId", contactId));
        assertThat(reads.get("totalElements").asLong()).isEqualTo(2);
        JsonNode latest = reads.get("items").get(0);
        assertThat(latest.get("actorName").asString()).isEqualTo("viewer");
        assertThat(latest.get("field").asString()).isEqualTo("history");
        assertThat(latest.get("newValue").asLong()).isEqualTo(1);
        assertThat(latest.get("oldValue").asString()).contains("lastName");
        assertThat(latest.get("time").isNull()).isFalse();
    }

    @Test
    void secretsAreNeverStoredOnlyThatTheyChanged() throws Exception {
        String userId = UUID.randomUUID().toString();
        publish(Topics.IDENTITY, event(new Changed("portal-user", userId, 1, List.of(
                new FieldChange("password", "Old-Pass-Qx7", "New-Pass-Qx8"),
                new FieldChange("login.accessToken", null, "Tok-Qx9"),
                new FieldChange("apiKey", null, "Key-Qy1"),
                new FieldChange("settings", null, Map.of("theme", "dark", "clientSecret", "Sec-Qy2",
                        "nested", Map.of("refreshToken", "Tok-Qy3"))),
                new FieldChange("keyboardLayout", null, "de"))), Instant.now()));
        awaitStored("portal-user", userId, 5);

        String everythingStored = mongo.findAll(Document.class, "audit_entries").toString()
                + mongo.find(new Query(), Document.class, "contact_history").toString();
        assertThat(everythingStored).doesNotContain("Qx7", "Qx8", "Qx9", "Qy1", "Qy2", "Qy3")
                .contains("dark", "keyboardLayout");
        JsonNode page = read(get("/api/audit").param("entityType", "portal-user").param("entityId", userId));
        JsonNode password = page.get("items").get(0);
        assertThat(password.get("field").asString()).isEqualTo("password");
        assertThat(password.get("redacted").asBoolean()).isTrue();
        assertThat(password.get("oldValue").isNull()).isTrue();
        assertThat(page.findValuesAsString("field")).containsExactly("password", "login.accessToken", "apiKey",
                "settings", "keyboardLayout");
    }

    @Test
    void theTimeFromAnEventToItsEntriesIsMeasured() throws Exception {
        long before = registry.get("switchboard.audit.lag").timer().count();
        String contactId = UUID.randomUUID().toString();
        publish(Topics.CONTACTS, event(new ContactCreated(contactId, 1,
                ContactDetails.builder().firstName("Lag").build(), null), Instant.now()));
        awaitContactLines(contactId, 1);
        org.awaitility.Awaitility.await().until(() -> registry.get("switchboard.audit.lag").timer().count() > before);
        String scraped = mvc.perform(get("/actuator/prometheus").header("Authorization",
                        dev.switchboard.platform.testkit.TestTokens.bearer(
                                dev.switchboard.platform.testkit.TestTokens.user("ops", "admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(scraped).contains("switchboard_audit_lag_seconds_count", "switchboard_audit_lag_seconds_bucket");
    }
}
