package dev.switchboard.identity.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.identity.FakeContactService;
import dev.switchboard.identity.IdentityTestSupport;
import dev.switchboard.identity.Mailbox;
import dev.switchboard.platform.stacktestkit.TestKeycloak;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/** Bulk invitations against the real Keycloak and mail server: one job, each contact on its own. */
class BulkInvitationTest extends IdentityTestSupport {

    @Autowired
    private FakeContactService contactService;
    @Autowired
    private BulkInvitations jobs;
    @Autowired
    private MongoTemplate mongo;
    @LocalServerPort
    private int port;

    @BeforeAll
    static void startKeycloak() {
        TestKeycloak.start();
    }

    @Test
    void everyContactIsInvitedAndTheOneThatFailsIsReportedWithoutStoppingTheOthers() throws Exception {
        String first = unique("marie") + "@example.org";
        String second = unique("pierre") + "@example.org";
        String marie = contact("Marie", "Curie", first);
        String pierre = contact("Pierre", "Curie", second);
        String unknown = UUID.randomUUID().toString();
        String noEmail = contact("Irene", "Joliot", null);

        JsonNode job = json.readTree(bulk("""
                {"contactIds": ["%s", "%s", "%s", "%s"], "kind": "CLIENT", "mode": "INVITE"}"""
                .formatted(marie, unknown, noEmail, pierre))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/invitations/bulk/")))
                .andExpect(jsonPath("$.total").value(4))
                .andReturn().getResponse().getContentAsString());

        JsonNode done = awaitDone(job.get("id").asString());
        assertThat(done.get("invited").asInt()).isEqualTo(2);
        assertThat(done.get("failed").asInt()).isEqualTo(2);
        assertThat(done.get("done").asInt()).isEqualTo(4);
        assertThat(done.get("failures").valueStream().map(failure -> failure.get("contactId").asString()))
                .containsExactlyInAnyOrder(unknown, noEmail);
        assertThat(done.get("failures").valueStream().map(failure -> failure.get("reason").asString()))
                .anyMatch(reason -> reason.contains(unknown)).anyMatch(reason -> reason.contains("no email"));
        assertThat(credentialsOf(marie).get("status").asString()).isEqualTo("INVITED");
        assertThat(credentialsOf(pierre).get("status").asString()).isEqualTo("INVITED");
        Mailbox.awaitMail(first, "action-token");
        Mailbox.awaitMail(second, "action-token");
        JsonNode sent = awaitEvent(marie, "switchboard.InvitationSent", event -> true);
        assertThat(sent.get("actorname").asString()).isEqualTo("admin");
    }

    @Test
    void aGroupsContactsAreInvitedAndTheProgressStreamsAsServerSentEventsUntilDone() throws Exception {
        String group = "group-" + UUID.randomUUID();
        List<String> members = List.of(
                contact("Rosalind", "Franklin", unique("rosalind") + "@example.org"),
                contact("Lise", "Meitner", unique("lise") + "@example.org"),
                contact("Chien-Shiung", "Wu", unique("wu") + "@example.org"));
        members.forEach(member -> contactService.addToGroup(member, group));

        String jobId = json.readTree(bulk("""
                {"groupId": "%s", "kind": "CLIENT_GROUP", "mode": "QUIET"}""".formatted(group))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.total").value(3))
                .andReturn().getResponse().getContentAsString()).get("id").asString();

        HttpResponse<String> events = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/invitations/bulk/" + jobId))
                .header("Authorization", ADMIN).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(events.statusCode()).isEqualTo(200);
        assertThat(events.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
        assertThat(events.body()).contains("event:progress").contains("event:done");
        String last = events.body().substring(events.body().lastIndexOf("event:done"));
        JsonNode progress = json.readTree(last.substring(last.indexOf("data:") + 5).lines().findFirst().orElseThrow());
        assertThat(progress.get("state").asString()).isEqualTo("DONE");
        assertThat(progress.get("invited").asInt()).isEqualTo(3);
        for (String member : members) {
            assertThat(credentialsOf(member).get("status").asString()).isEqualTo("ACTIVE");
            assertThat(awaitEvent(member, "switchboard.CredentialsCreated", event -> true).at("/data/status")
                    .asString()).isEqualTo("ACTIVE");
        }
    }

    @Test
    void aJobLeftRunningByAStoppedServiceGoesOnWithTheContactsItHadNotDone() throws Exception {
        String done = contact("Emmy", "Noether", unique("emmy") + "@example.org");
        String left = contact("Sofia", "Kovalevskaya", unique("sofia") + "@example.org");
        String jobId = UUID.randomUUID().toString();
        mongo.insert(new BulkInvitation(jobId, InvitationKind.CLIENT, InvitationMode.QUIET, null, null,
                List.of(done, left), new BulkInvitation.Requester("u-admin", "admin", "MANUAL", "corr-" + jobId),
                Instant.now(), BulkInvitation.State.RUNNING, 1, 0,
                List.of(new BulkInvitation.Outcome(done, true, null)), null));

        jobs.resumeUnfinished();

        JsonNode finished = awaitDone(jobId);
        assertThat(finished.get("invited").asInt()).isEqualTo(2);
        assertThat(credentialsOf(left).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(credentialsOf(done).get("status").asString()).isEqualTo("NONE");
    }

    @Test
    void aJobNamesContactsOrAGroupAndAClientGroupJobNamesItsGroup() throws Exception {
        bulk("""
                {"contactIds": ["a"], "groupId": "g", "kind": "CLIENT", "mode": "QUIET"}""")
                .andExpect(status().isBadRequest());
        bulk("""
                {"kind": "CLIENT", "mode": "QUIET"}""").andExpect(status().isBadRequest());
        bulk("""
                {"contactIds": ["a"], "kind": "CLIENT_GROUP", "mode": "QUIET"}""").andExpect(status().isBadRequest());
        bulk("""
                {"groupId": "nobody-in-it", "kind": "CLIENT_GROUP", "mode": "QUIET"}""")
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/invitations/bulk/" + UUID.randomUUID()).header("Authorization", ADMIN))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/invitations/bulk").header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"contactIds\": [\"a\"], \"kind\": \"CLIENT\", \"mode\": \"QUIET\"}"))
                .andExpect(status().isForbidden());
    }

    private ResultActions bulk(String body) throws Exception {
        return mvc.perform(post("/api/invitations/bulk").header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private JsonNode awaitDone(String jobId) {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> json.readTree(mvc.perform(
                        get("/api/invitations/bulk/" + jobId).header("Authorization", ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()),
                progress -> progress.get("state").asString().equals("DONE"));
    }
}
