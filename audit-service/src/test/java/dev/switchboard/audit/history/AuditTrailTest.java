package dev.switchboard.audit.history;

import static dev.switchboard.platform.testkit.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.events.account.AccountCreated;
import dev.switchboard.events.account.AccountDetails;
import dev.switchboard.events.contact.ContactCreated;
import dev.switchboard.events.contact.ContactDetails;
import dev.switchboard.events.contact.ContactDetails.EmailAddress;
import dev.switchboard.events.contact.ContactPurged;
import dev.switchboard.events.contact.ContactUpdated;
import dev.switchboard.platform.events.Address;
import dev.switchboard.platform.events.AddressType;
import dev.switchboard.platform.events.Channel;
import dev.switchboard.platform.events.CloudEvent;
import dev.switchboard.platform.events.CloudEventCodec;
import dev.switchboard.platform.events.DomainEvent;
import dev.switchboard.platform.events.EventContext;
import dev.switchboard.platform.events.FieldChange;
import dev.switchboard.platform.events.Topics;
import dev.switchboard.platform.testkit.ServiceTest;
import dev.switchboard.platform.testkit.TestTokens;
import dev.switchboard.platform.testkit.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AuditTrailTest extends AuditTestSupport {

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    private final String viewer = VIEWER;

    @Test
    void everyFieldOfAnEventBecomesOneEntryNewestFirst() throws Exception {
        String accountId = UUID.randomUUID().toString();
        CloudEvent created = event(new AccountCreated(accountId, 1, AccountDetails.builder().name("Acme")
                .type("customer").website("acme.example").phone("+1 555 0100")
                .addresses(List.of(new Address(AddressType.BILLING, "1 Main St", "Springfield", "12345", null, "US")))
                .build(), true), Instant.parse("2026-01-01T10:00:00Z"));
        CloudEvent renamed = event(new Renamed(accountId, 2, "Acme", "Acme Ltd"), Instant.parse("2026-01-02T10:00:00Z"));
        publish(Topics.ACCOUNTS, created);
        publish(Topics.ACCOUNTS, renamed);

        JsonNode page = awaitHistory("account", accountId, 7);
        JsonNode newest = page.get("items").get(0);
        assertThat(newest.get("field").asString()).isEqualTo("name");
        assertThat(newest.get("oldValue").asString()).isEqualTo("Acme");
        assertThat(newest.get("newValue").asString()).isEqualTo("Acme Ltd");
        assertThat(newest.get("eventId").asString()).isEqualTo(renamed.id());
        JsonNode firstOfCreation = page.get("items").get(1);
        assertThat(firstOfCreation.get("field").asString()).isEqualTo("name");
        assertThat(firstOfCreation.get("oldValue").isNull()).isTrue();
        assertThat(firstOfCreation.get("actorName").asString()).isEqualTo("editor");
        assertThat(firstOfCreation.get("channel").asString()).isEqualTo("MANUAL");
        assertThat(firstOfCreation.get("correlationId").asString()).isEqualTo("corr-" + created.id());
        assertThat(firstOfCreation.get("eventType").asString()).isEqualTo("switchboard.AccountCreated");
        assertThat(page.findValuesAsString("field")).containsSubsequence("name", "type", "website", "phone",
                "addresses", "active");

        mvc.perform(get("/api/audit").param("entityType", "account").param("entityId", accountId)
                        .param("size", "2").param("page", "1").header("Authorization", viewer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.totalElements").value(7))
                .andExpect(jsonPath("$.totalPages").value(4));
    }

    @Test
    void aPurgeBlanksEveryValueOfTheContactsHistoryAndKeepsWhenWhatAndWho() throws Exception {
        String contactId = UUID.randomUUID().toString();
        ContactDetails zoe = person("Zoë", "zoe@example.org");
        publish(Topics.CONTACTS, event(new ContactCreated(contactId, 1, zoe, "account-1"), Instant.now()));
        publish(Topics.CONTACTS, event(new ContactUpdated(contactId, 2,
                List.of(new FieldChange("firstName", "Zoë", "Zoey")), person("Zoey", "zoe@example.org")),
                Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> historyText(contactId).contains("Zoey"));
        assertThat(historyText(contactId)).contains("Zoë", "zoe@example.org", "Ångström");

        CloudEvent purge = event(new ContactPurged(contactId, 3), Instant.now());
        publish(Topics.CONTACTS, purge);
        publish(Topics.CONTACTS, purge);
        CloudEvent late = event(new ContactUpdated(contactId, 2, List.of(new FieldChange("lastName", "A", "B")),
                person("Zoey", "late@example.org")), Instant.now());
        publish(Topics.CONTACTS, late);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> historyText(contactId).contains(late.id()));
        String history = historyText(contactId);
        assertThat(history).contains(purge.id()).doesNotContain("Zo", "Ångström", "example.org", "\"A\"", "\"B\"");
        JsonNode page = json.readTree(history);
        for (JsonNode entry : page.get("items")) {
            assertThat(entry.get("field").asString()).isNotBlank();
            assertThat(entry.get("actorName").asString()).isEqualTo("editor");
            assertThat(entry.get("channel").asString()).isEqualTo("MANUAL");
            assertThat(entry.get("time").isNull()).isFalse();
            if (entry.get("eventId").asString().equals(purge.id())) {
                assertThat(entry.get("field").asString()).isEqualTo("purged");
                assertThat(entry.get("erased").asBoolean()).isFalse();
            } else {
                assertThat(entry.get("oldValue").isNull()).isTrue();
                assertThat(entry.get("newValue").isNull()).isTrue();
                assertThat(entry.get("erased").asBoolean()).isTrue();
            }
        }
        mvc.perform(get("/api/contacts/" + contactId + "/history").header("Authorization", viewer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.erased == false)].field")
                        .value(org.hamcrest.Matchers.contains("purged")));
    }

    private String historyText(String contactId) throws Exception {
        return mvc.perform(get("/api/contacts/" + contactId + "/history").param("size", "500")
                        .header("Authorization", viewer))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static ContactDetails person(String firstName, String email) {
        return ContactDetails.builder().firstName(firstName).lastName("Ångström")
                .emails(List.of(new EmailAddress(email, true))).build();
    }

    @Test
    void aRedeliveredEventAddsNothing() throws Exception {
        String accountId = UUID.randomUUID().toString();
        CloudEvent created = event(new AccountCreated(accountId, 1, details("Initech"), true), Instant.now());
        publish(Topics.ACCOUNTS, created);
        awaitHistory("account", accountId, 2);

        publish(Topics.ACCOUNTS, created);
        // one partition: once this later event is stored, the redelivery before it has been handled
        CloudEvent later = event(new Renamed(accountId, 2, "Initech", "Initech Inc"), Instant.now());
        publish(Topics.ACCOUNTS, later);

        JsonNode page = awaitHistory("account", accountId, 3);
        assertThat(page.findValuesAsString("eventId")).containsExactly(later.id(), created.id(), created.id());
    }

    @Test
    void aMessageThatIsNoCloudEventGoesToTheDeadLetterTopicAndTheNextOneIsStillHandled() throws Exception {
        try (TopicProbe deadLetters = new TopicProbe(bootstrapServers, Topics.deadLetterOf(Topics.ACCOUNTS))) {
            String poison = "{\"this is\": \"not a cloud event\"} " + UUID.randomUUID();
            kafka.send(Topics.ACCOUNTS, "poison", poison).get();
            String accountId = UUID.randomUUID().toString();
            publish(Topics.ACCOUNTS, event(new AccountCreated(accountId, 1, details("Umbrella"), false), Instant.now()));

            assertThat(deadLetters.await(record -> poison.equals(record.value())).topic())
                    .isEqualTo("switchboard.accounts.v1.DLT");
            awaitHistory("account", accountId, 2);
        }
    }

    @Test
    void aTopicCreatedLaterIsFollowedWithoutAnyChange() throws Exception {
        String widgetId = UUID.randomUUID().toString();
        publish("switchboard.widgets.v1", event(new Renamed(widgetId, 1, null, "Sprocket"), Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                stored("widget-or-account", widgetId) == 1);
    }

    @Test
    void theHistoryNeedsAViewerToken() throws Exception {
        mvc.perform(get("/api/audit").param("entityType", "account")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/audit").param("entityType", "account")
                        .header("Authorization", bearer(TestTokens.user("someone", "portal"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void anOversizedPageIsA400() throws Exception {
        mvc.perform(get("/api/audit").param("entityType", "account").param("size", "100000")
                        .header("Authorization", viewer))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/validation"));
    }

    private JsonNode awaitHistory(String entityType, String entityId, int expected) throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                stored(entityType, entityId) >= expected);
        String body = mvc.perform(get("/api/audit").param("entityType", entityType).param("entityId", entityId)
                        .header("Authorization", viewer))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        JsonNode page = json.readTree(body);
        assertThat(page.get("totalElements").asLong()).isEqualTo(expected);
        return page;
    }


    /** An update event of a kind the auditor has never heard of: it must still be audited field by field. */
    record Renamed(String id, long version, String oldName, String newName) implements DomainEvent {

        @Override
        public String aggregateType() {
            return oldName == null ? "widget-or-account" : "account";
        }

        @Override
        public String aggregateId() {
            return id;
        }

        @Override
        public long aggregateVersion() {
            return version;
        }

        @Override
        public List<FieldChange> changes() {
            return List.of(new FieldChange("name", oldName, newName));
        }
    }

    private static AccountDetails details(String name) {
        return AccountDetails.builder().name(name).build();
    }
}
