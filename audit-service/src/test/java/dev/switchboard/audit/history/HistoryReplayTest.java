package dev.switchboard.audit.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.platform.events.CloudEvent;
import dev.switchboard.platform.events.FieldChange;
import dev.switchboard.platform.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

class HistoryReplayTest extends AuditTestSupport {

    @Test
    void aReplayOfATopicAddsNothingTheHistoryAlreadyHolds() throws Exception {
        String id = UUID.randomUUID().toString();
        twoChanges(id);

        JsonNode job = awaitDone(startReplay("{\"topic\": \"" + Topics.ACCOUNTS + "\"}"));
        assertThat(job.get("read").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(stored("gadget", id)).isEqualTo(2);
    }

    @Test
    void aReplayFromATimeRebuildsWhatTheHistoryLost() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        String id = UUID.randomUUID().toString();
        List<CloudEvent> events = twoChanges(id);
        mongo.remove(Query.query(Criteria.where("entityId").is(id)), AuditEntry.class);
        mongo.remove(Query.query(Criteria.where("_id").is("audit_entries:" + AuditEntry.chainOf("gadget", id))),
                "audit_sequence_heads");
        mongo.remove(Query.query(Criteria.where("_id").in(events.stream().map(event -> "audit:" + event.id())
                .toList())), "processed_events");
        assertThat(stored("gadget", id)).isZero();

        JsonNode job = awaitDone(startReplay("{\"topic\": \"" + Topics.ACCOUNTS + "\", \"from\": \"" + before + "\"}"));
        assertThat(job.get("recorded").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(stored("gadget", id)).isEqualTo(2);
        assertThat(read(get("/api/audit").param("entityType", "gadget").param("entityId", id))
                .findValuesAsString("newValue")).containsExactly("v2", "v1");
    }

    @Test
    void onlyASuperUserReplaysAnExistingTopic() throws Exception {
        mvc.perform(post("/api/audit/replay").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"topic\": \"" + Topics.ACCOUNTS + "\"}")
                        .header("Authorization", bearer("editor", "admin")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/audit/replay").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"topic\": \"switchboard.nothing-here.v1\"}").header("Authorization", SUPER_USER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/validation"));
        mvc.perform(post("/api/audit/replay").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"topic\": \"__consumer_offsets\"}").header("Authorization", SUPER_USER))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/audit/replay/" + UUID.randomUUID()).header("Authorization", SUPER_USER))
                .andExpect(status().isNotFound());
    }

    private List<CloudEvent> twoChanges(String id) throws Exception {
        CloudEvent first = event(new Changed("gadget", id, 1, List.of(new FieldChange("name", null, "v1"))),
                Instant.now());
        CloudEvent second = event(new Changed("gadget", id, 2, List.of(new FieldChange("name", "v1", "v2"))),
                Instant.now());
        publish(Topics.ACCOUNTS, first);
        publish(Topics.ACCOUNTS, second);
        awaitStored("gadget", id, 2);
        return List.of(first, second);
    }

    private String startReplay(String body) throws Exception {
        JsonNode job = json.readTree(mvc.perform(post("/api/audit/replay").contentType(MediaType.APPLICATION_JSON)
                        .content(body).header("Authorization", SUPER_USER))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        return job.get("id").asString();
    }

    private JsonNode awaitDone(String jobId) throws Exception {
        Awaitility.await().atMost(TOPIC_PICKUP).until(() -> !"RUNNING".equals(job(jobId).get("status").asString()));
        JsonNode job = job(jobId);
        assertThat(job.get("status").asString()).isEqualTo("DONE");
        return job;
    }

    private JsonNode job(String jobId) throws Exception {
        return json.readTree(mvc.perform(get("/api/audit/replay/" + jobId).header("Authorization", SUPER_USER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static String bearer(String name, String role) {
        return dev.switchboard.platform.testkit.TestTokens.bearer(
                dev.switchboard.platform.testkit.TestTokens.user(name, role));
    }
}
