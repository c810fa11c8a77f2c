package dev.switchboard.achievement.achievement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.achievement.AchievementTestSupport;
import dev.switchboard.events.contact.ContactDeleted;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.springframework.http.MediaType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class IssueAchievementTest extends AchievementTestSupport {

    @Test
    void anIssuedAchievementIsNumberedByItsDefinitionsPatternAndExpiresAfterItsPeriod() throws Exception {
        JsonNode definition = definition("P2Y");
        String prefix = definition.get("numberPattern").asString().split("-")[0];
        String contactId = contact();

        JsonNode first = read(issue(issueBody(contactId, definition.get("id").asString(),
                "\"issuedAt\":\"2026-03-01T10:00:00Z\""))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location")));
        JsonNode second = issued(contactId, definition.get("id").asString());

        assertThat(first.get("number").asString()).isEqualTo(prefix + "-2026-00001");
        assertThat(first.get("expiresAt").asString()).isEqualTo("2028-03-01T10:00:00Z");
        assertThat(first.get("validity").asString()).isEqualTo("ACTIVE");
        assertThat(first.get("documents").size()).isEqualTo(1);
        assertThat(first.at("/documents/0/kind").asString()).isEqualTo("CERTIFICATE");
        assertThat(first.at("/issuedBy/type").asString()).isEqualTo("EVENT");
        assertThat(first.get("name").asString()).isEqualTo("First aid");
        int year = Year.now(ZoneOffset.UTC).getValue();
        assertThat(second.get("number").asString()).isEqualTo(prefix + "-" + year + "-0000" + (year == 2026 ? 2 : 1));
    }

    @Test
    void achievementsIssuedAtTheSameTimeGetDistinctNumbers() throws Exception {
        String definitionId = definition("P1Y").get("id").asString();
        String contactId = contact();
        issued(contactId, definitionId);

        List<Callable<String>> issues = IntStream.range(0, 8)
                .<Callable<String>>mapToObj(i -> () -> issued(contactId, definitionId).get("number").asString())
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<String> numbers = new ArrayList<>();
            for (Future<String> number : pool.invokeAll(issues)) {
                numbers.add(number.get());
            }
            assertThat(numbers).doesNotHaveDuplicates().hasSize(8);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aViewerMayNotIssue() throws Exception {
        mvc.perform(post("/api/achievements").header("Authorization", VIEWER).contentType(MediaType.APPLICATION_JSON)
                        .content(issueBody(contact(), definition("P1Y").get("id").asString(), "")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aGivenNumberAndExpiryAreKeptAndATakenNumberIsAConflict() throws Exception {
        String definitionId = definition("P1Y").get("id").asString();
        String contactId = contact();
        String number = "HAND-" + UUID.randomUUID();

        JsonNode achievement = read(issue(issueBody(contactId, definitionId,
                "\"number\":\"" + number + "\",\"expiresAt\":\"2099-01-01T00:00:00Z\"")).andExpect(status().isCreated()));
        assertThat(achievement.get("number").asString()).isEqualTo(number);
        assertThat(achievement.get("expiresAt").asString()).isEqualTo("2099-01-01T00:00:00Z");

        issue(issueBody(contact(), definitionId, "\"number\":\"" + number + "\""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").exists());
    }

    @Test
    void aDefinitionWithoutAPeriodIssuesAchievementsThatNeverExpire() throws Exception {
        JsonNode achievement = issued(contact(), definition(null).get("id").asString());

        assertThat(achievement.has("expiresAt") && !achievement.get("expiresAt").isNull()).isFalse();
        assertThat(achievement.get("validity").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void anUnknownContactIsNotFoundAndADeletedOneAConflict() throws Exception {
        String definitionId = definition("P1Y").get("id").asString();
        issue(issueBody(UUID.randomUUID().toString(), definitionId, "")).andExpect(status().isNotFound());

        String contactId = contact();
        publish(new ContactDeleted(contactId, 2));
        issue(issueBody(contactId, definitionId, "")).andExpect(status().isConflict());
    }

    @Test
    void anUnknownDefinitionIsUnprocessable() throws Exception {
        issue(issueBody(contact(), UUID.randomUUID().toString(), "")).andExpect(status().isUnprocessableContent());
    }

    @Test
    void anExpiryNotAfterTheIssueIsRefusedByName() throws Exception {
        issue(issueBody(contact(), definition("P1Y").get("id").asString(),
                "\"issuedAt\":\"2026-03-01T10:00:00Z\",\"expiresAt\":\"2026-03-01T10:00:00Z\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("expiresAt"));
    }

    @Test
    void aMomentIsAnIsoDateTimeNeverANumberOfUnknownUnit() throws Exception {
        String definitionId = definition("P1Y").get("id").asString();
        String contactId = contact();
        for (String issuedAt : new String[] {"1767225600", "\"2026-03-01\"", "\"0999-12-31T00:00:00Z\""}) {
            issue(issueBody(contactId, definitionId, "\"issuedAt\":" + issuedAt))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("issuedAt"));
        }
    }

    @Test
    void aManualIssueNamesTheCallerUnlessItNamesTheActor() throws Exception {
        JsonNode achievement = read(issue("{\"contactId\":\"" + contact() + "\",\"definitionId\":\""
                + definition("P1Y").get("id").asString() + "\",\"issuedBy\":{\"type\":\"MANUAL\"}}")
                .andExpect(status().isCreated()));

        assertThat(achievement.at("/issuedBy/name").asString()).isEqualTo("editor");
    }

    @Test
    void issuingPublishesAchievementIssuedWithTheContactAndNumber() throws Exception {
        String contactId = contact();
        JsonNode achievement = issued(contactId, definition("P2Y").get("id").asString());
        String id = achievement.get("id").asString();

        JsonNode event = awaitEvent(id, "switchboard.AchievementIssued", e -> true);

        assertThat(event.at("/data/contactId").asString()).isEqualTo(contactId);
        assertThat(event.at("/data/number").asString()).isEqualTo(achievement.get("number").asString());
        assertThat(Instant.parse(event.at("/data/expiresAt").asString()))
                .isEqualTo(Instant.parse(achievement.get("expiresAt").asString()));
    }
}
