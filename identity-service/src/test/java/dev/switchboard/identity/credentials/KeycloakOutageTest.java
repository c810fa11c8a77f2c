package dev.switchboard.identity.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.events.contact.ContactDetails;
import dev.switchboard.events.contact.ContactUpdated;
import dev.switchboard.identity.IdentityTestSupport;
import dev.switchboard.platform.events.FieldChange;
import dev.switchboard.platform.events.Topics;
import dev.switchboard.platform.stacktestkit.TestKeycloak;
import dev.switchboard.platform.testkit.TopicProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;

/**
 * Issue 14's outage: Keycloak away for 60 s while contacts leave their company. Admins get 503 problems meanwhile;
 * every block happens once Keycloak is back, and nothing is dead-lettered.
 */
class KeycloakOutageTest extends IdentityTestSupport {

    private static final Duration OUTAGE = Duration.ofSeconds(60);

    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private Keycloak keycloak;

    @BeforeAll
    static void startKeycloak() {
        TestKeycloak.start();
    }

    @Test
    void contactsLeavingWhileKeycloakIsAwayAreAllBlockedOnceItIsBackAndNoneIsDeadLettered() throws Exception {
        Map<String, String> usernames = new java.util.LinkedHashMap<>();
        for (String name : List.of("ken", "dennis", "bjarne", "guido", "james")) {
            String email = unique(name) + "@example.org";
            String contactId = contact(name, "Leaver", email);
            String username = unique(name);
            mvc.perform(put("/api/contacts/" + contactId + "/credentials").header("Authorization", ADMIN)
                            .contentType(MediaType.APPLICATION_JSON).content("{\"username\": \"" + username + "\"}"))
                    .andExpect(status().isCreated());
            usernames.put(contactId, username);
        }
        List<String> contactIds = new ArrayList<>(usernames.keySet());

        TestKeycloak.stopKeycloak();
        try {
            long away = System.nanoTime();
            for (String contactId : contactIds) {
                ContactDetails left = person("Someone", "Leaver", null).toBuilder()
                        .flags(new ContactDetails.Flags(true, false, false, false)).build();
                publish(new ContactUpdated(contactId, 2, List.of(new FieldChange("flags.leftCompany", false, true)),
                        left));
            }
            String first = contactIds.getFirst();
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    mvc.perform(get("/api/contacts/" + first + "/credentials").header("Authorization", ADMIN))
                            .andExpect(status().isServiceUnavailable())
                            .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/service-unavailable")));
            Duration left = OUTAGE.minusNanos(System.nanoTime() - away);
            // the realm is changed first, so nothing can be recorded as blocked while Keycloak is away
            Awaitility.await().during(left).atMost(left.plusSeconds(10)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> statuses(contactIds).stream().noneMatch("BLOCKED"::equals));
        } finally {
            TestKeycloak.restartKeycloak();
        }

        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> statuses(contactIds).stream().allMatch("BLOCKED"::equals));
        for (String username : usernames.values()) {
            assertThat(keycloak.realm("switchboard").users().searchByUsername(username, true).getFirst().isEnabled())
                    .isFalse();
        }
        for (String contactId : contactIds) {
            awaitEvent(contactId, "switchboard.AccessBlocked", event -> true);
        }
        try (TopicProbe deadLetters = new TopicProbe(kafka, Topics.deadLetterOf(Topics.CONTACTS))) {
            assertThat(deadLetters.readToEnd()).noneMatch(record -> contactIds.contains(record.key()));
        }
    }

    private List<String> statuses(List<String> contactIds) {
        return mongo.find(Query.query(Criteria.where("contactId").in(contactIds)), Document.class, "credentials")
                .stream().map(document -> document.getString("status")).toList();
    }
}
