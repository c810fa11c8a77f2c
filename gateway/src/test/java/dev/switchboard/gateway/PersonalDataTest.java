package dev.switchboard.gateway;

import static dev.switchboard.platform.testkit.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.platform.testkit.TestTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** GET /api/contacts/{id}/personal-data: everything every service holds about a person, for super-users only. */
@RunningGateway
class PersonalDataTest {

    private static final String SUPER_USER = TestTokens.user("dpo", "super-user");
    private static final String CONTACT = """
            {"id":"c-1","firstName":"Zoë","lastName":"Ångström","primaryAccountId":"a-1","accounts":[
            {"accountId":"a-1","accountName":"Acme Ltd","active":true,"primary":true},
            {"accountId":"a-2","accountName":"Beta","active":false,"primary":false}]}""";

    @Autowired
    WebTestClient client;

    @BeforeEach
    void everyServiceAnswers() {
        Downstreams.CONTACT.answer(200, "application/json", CONTACT);
        Downstreams.ACCOUNT.answer(200, "application/json", "{\"name\":\"Acme Ltd\",\"type\":\"customer\"}");
        Downstreams.IDENTITY.answer(200, "application/json", "{\"username\":\"zoe\",\"status\":\"ACTIVE\"}");
        Downstreams.ACHIEVEMENT.answer(200, "application/json", "[{\"id\":\"ach-1\",\"number\":\"CERT-2026-00001\"}]");
        // the history in three pages of two (audit-service pages by its own size): e5 e4 | e3 e2 | e1
        Downstreams.AUDIT.answerOnce(200, "application/json", historyPage(0, entry("e5", "email", "zoe@acme.test"),
                entry("e4", "lastName", "Ångström")));
        Downstreams.AUDIT.answerOnce(200, "application/json", historyPage(1, entry("e3", "phone", "+41 44 000 00 00"),
                entry("e2", "firstName", "Zoë")));
        Downstreams.AUDIT.answer(200, "application/json", historyPage(2, entry("e1", "created", true)));
    }

    @Test
    void theBundleHoldsEveryServicesPartAndTheWholeHistoryReadWithTheCallersTokenAndPurpose() {
        personalData("c-1", SUPER_USER).expectStatus().isOk()
                .expectHeader().contentType("application/json")
                .expectBody()
                .jsonPath("$.id").isEqualTo("c-1")
                .jsonPath("$.readAt").isNotEmpty()
                .jsonPath("$.complete").isEqualTo(true)
                .jsonPath("$.unavailableParts").isEmpty()
                .jsonPath("$.held").isEqualTo(true)
                .jsonPath("$.contact.held").isEqualTo(true)
                .jsonPath("$.contact.data.firstName").isEqualTo("Zoë")
                .jsonPath("$.contact.data.accounts.length()").isEqualTo(2)
                .jsonPath("$.accounts.held").isEqualTo(true)
                .jsonPath("$.accounts.items[0].accountId").isEqualTo("a-1")
                .jsonPath("$.accounts.items[0].account.type").isEqualTo("customer")
                .jsonPath("$.credentials.held").isEqualTo(true)
                .jsonPath("$.credentials.data.username").isEqualTo("zoe")
                .jsonPath("$.achievements.held").isEqualTo(true)
                .jsonPath("$.achievements.items[0].number").isEqualTo("CERT-2026-00001")
                .jsonPath("$.history.held").isEqualTo(true)
                .jsonPath("$.history.entries").isEqualTo(5)
                .jsonPath("$.history.erased").isEqualTo(0)
                .jsonPath("$.history.items[*].eventId").isEqualTo(List.of("e5", "e4", "e3", "e2", "e1"))
                .jsonPath("$.notAsked.webhooks").isNotEmpty();

        assertThat(Downstreams.CONTACT.single().uri()).isEqualTo("/api/contacts/c-1");
        assertThat(Downstreams.ACCOUNT.received()).extracting(Downstream.Received::uri)
                .containsExactlyInAnyOrder("/api/accounts/a-1", "/api/accounts/a-2");
        assertThat(Downstreams.IDENTITY.single().uri()).isEqualTo("/api/contacts/c-1/credentials");
        assertThat(Downstreams.ACHIEVEMENT.single().uri()).isEqualTo("/api/contacts/c-1/achievements?page=0&size=200");
        assertThat(Downstreams.AUDIT.received()).extracting(Downstream.Received::uri).containsExactly(
                "/api/contacts/c-1/history?page=0&size=500", "/api/contacts/c-1/history?page=1&size=500",
                "/api/contacts/c-1/history?page=2&size=500");
        assertThat(Downstreams.WEBHOOK.received()).isEmpty();
        Downstreams.ALL.forEach(service -> service.received().forEach(request -> {
            assertThat(request.header("Authorization")).as(service.name()).isEqualTo(bearer(SUPER_USER));
            assertThat(request.header("X-Read-Purpose")).as(service.name()).isEqualTo("personal-data");
            assertThat(request.header("X-Correlation-Id")).as(service.name()).isEqualTo("corr-personal-data");
        }));
    }

    @Test
    void anEntryTheHistoryPushedOntoTheNextPageWhileItWasReadIsListedOnce() {
        Downstreams.AUDIT.reset();
        Downstreams.AUDIT.answerOnce(200, "application/json", historyPage(0, entry("e3", "phone", "1"),
                entry("e2", "firstName", "Zoë")));
        // a new entry came in at the front: e2 moved to the next page, which is full, so one more is asked
        Downstreams.AUDIT.answerOnce(200, "application/json", historyPage(1, entry("e2", "firstName", "Zoë"),
                entry("e1", "created", true)));
        Downstreams.AUDIT.answer(200, "application/json", historyPage(2));

        personalData("c-1", SUPER_USER).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.history.items[*].eventId").isEqualTo(List.of("e3", "e2", "e1"));
    }

    @Test
    void aServiceThatIsDownMakesTheBundleIncompleteAndNamesItsPart() {
        Downstreams.IDENTITY.stop();
        try {
            personalData("c-1", SUPER_USER).expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.complete").isEqualTo(false)
                    .jsonPath("$.unavailableParts").isEqualTo(List.of("credentials"))
                    .jsonPath("$.credentials.unavailable").isEqualTo(true)
                    .jsonPath("$.credentials.reason").isEqualTo("service-down")
                    .jsonPath("$.credentials.held").doesNotExist()
                    .jsonPath("$.contact.data.firstName").isEqualTo("Zoë")
                    .jsonPath("$.history.entries").isEqualTo(5);
        } finally {
            Downstreams.IDENTITY.start();
        }
    }

    /** The other services' parts are still worth having; complete: false says to ask again. */
    @Test
    void aContactServiceThatIsDownLeavesTheContactAndItsAccountsUnavailableAndTheRestAnswered() {
        Downstreams.CONTACT.stop();
        try {
            personalData("c-1", SUPER_USER).expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.complete").isEqualTo(false)
                    .jsonPath("$.unavailableParts").isEqualTo(List.of("contact", "accounts"))
                    .jsonPath("$.contact.reason").isEqualTo("service-down")
                    .jsonPath("$.accounts.reason").isEqualTo("contact-unavailable")
                    .jsonPath("$.held").isEqualTo(true)
                    .jsonPath("$.credentials.held").isEqualTo(true);
        } finally {
            Downstreams.CONTACT.start();
        }
    }

    @Test
    void aHistoryPageThatFailsMakesTheHistoryUnavailableRatherThanShorter() {
        Downstreams.AUDIT.reset();
        Downstreams.AUDIT.answerOnce(200, "application/json", historyPage(0, entry("e3", "phone", "1"),
                entry("e2", "firstName", "Zoë")));
        Downstreams.AUDIT.answer(500, "application/problem+json", "{\"status\":500}");

        personalData("c-1", SUPER_USER).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.complete").isEqualTo(false)
                .jsonPath("$.unavailableParts").isEqualTo(List.of("history"))
                .jsonPath("$.history.unavailable").isEqualTo(true)
                .jsonPath("$.history.reason").isEqualTo("service-error")
                .jsonPath("$.history.items").doesNotExist();
    }

    @Test
    void aPurgedContactShowsThatNoServiceHoldsAnythingOfIt() {
        Downstreams.CONTACT.answer(404, "application/problem+json",
                "{\"type\":\"https://switchboard.dev/problems/not-found\",\"status\":404,\"detail\":\"No contact c-1.\"}");
        Downstreams.IDENTITY.answer(200, "application/json", "{\"contactId\":\"c-1\",\"status\":\"NONE\"}");
        Downstreams.ACHIEVEMENT.answer(200, "application/json", "[]");
        Downstreams.AUDIT.reset();
        Downstreams.AUDIT.answer(200, "application/json", onlyPage(
                """
                {"eventId":"e4","eventType":"switchboard.ContactPurged","field":"purged","oldValue":false,\
                "newValue":true,"erased":false}""",
                erasedEntry("e3", "email"), erasedEntry("e2", "firstName"), erasedEntry("e1", "created")));

        personalData("c-1", SUPER_USER).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.complete").isEqualTo(true)
                .jsonPath("$.held").isEqualTo(false)
                .jsonPath("$.contact").isEqualTo(Map.of("held", false))
                .jsonPath("$.accounts.held").isEqualTo(false)
                .jsonPath("$.accounts.items").isEmpty()
                .jsonPath("$.credentials.held").isEqualTo(false)
                .jsonPath("$.credentials.data.status").isEqualTo("NONE")
                .jsonPath("$.achievements.held").isEqualTo(false)
                .jsonPath("$.history.held").isEqualTo(false)
                .jsonPath("$.history.entries").isEqualTo(4)
                .jsonPath("$.history.erased").isEqualTo(3);
        assertThat(Downstreams.ACCOUNT.received()).isEmpty();
    }

    @Test
    void anAchievementAnonymisedByThePurgeAndCredentialsRemovedHoldNothing() {
        Downstreams.IDENTITY.answer(404, "application/problem+json", "{\"status\":404}");
        Downstreams.ACHIEVEMENT.answer(200, "application/json",
                "[{\"id\":\"ach-1\",\"number\":\"CERT-2026-00001\",\"anonymisedAt\":\"2026-11-25T10:00:00Z\"}]");

        personalData("c-1", SUPER_USER).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.credentials").isEqualTo(Map.of("held", false))
                .jsonPath("$.achievements.held").isEqualTo(false)
                .jsonPath("$.achievements.items.length()").isEqualTo(1);
    }

    @Test
    void anAdminWithoutSuperUserIsRefusedBeforeAnyServiceIsAsked() {
        personalData("c-1", TestTokens.user("manager", "admin")).expectStatus().isForbidden()
                .expectHeader().contentType("application/problem+json")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://switchboard.dev/problems/forbidden")
                .jsonPath("$.detail").isEqualTo("Only a super-user may read everything held about a contact.");
        Downstreams.ALL.forEach(service -> assertThat(service.received()).as(service.name()).isEmpty());
    }

    @Test
    void thePersonalDataNeedsAToken() {
        client.get().uri("/api/contacts/c-1/personal-data").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType("application/problem+json");
        Downstreams.ALL.forEach(service -> assertThat(service.received()).as(service.name()).isEmpty());
    }

    private WebTestClient.ResponseSpec personalData(String id, String token) {
        return client.get().uri("/api/contacts/{id}/personal-data", id)
                .header("Authorization", bearer(token))
                .header("X-Correlation-Id", "corr-personal-data")
                .exchange();
    }

    /** A page as audit-service answers it, two entries a page. */
    private static String historyPage(int page, String... entries) {
        return "{\"items\":[" + String.join(",", entries) + "],\"page\":" + page + ",\"size\":2,\"totalElements\":5,"
                + "\"totalPages\":3}";
    }

    private static String onlyPage(String... entries) {
        return "{\"items\":[" + String.join(",", entries) + "],\"page\":0,\"size\":500,\"totalElements\":"
                + entries.length + ",\"totalPages\":1}";
    }

    private static String entry(String eventId, String field, Object newValue) {
        String value = newValue instanceof String text ? "\"" + text + "\"" : String.valueOf(newValue);
        return "{\"eventId\":\"" + eventId + "\",\"eventType\":\"switchboard.ContactUpdated\",\"field\":\"" + field
                + "\",\"oldValue\":null,\"newValue\":" + value + ",\"erased\":false}";
    }

    private static String erasedEntry(String eventId, String field) {
        return "{\"eventId\":\"" + eventId + "\",\"eventType\":\"switchboard.ContactUpdated\",\"field\":\"" + field
                + "\",\"oldValue\":null,\"newValue\":null,\"erased\":true}";
    }
}
