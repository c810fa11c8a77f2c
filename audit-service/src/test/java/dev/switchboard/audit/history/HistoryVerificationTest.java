package dev.switchboard.audit.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.events.contact.ContactCreated;
import dev.switchboard.events.contact.ContactDetails;
import dev.switchboard.events.contact.ContactPurged;
import dev.switchboard.events.contact.ContactUpdated;
import dev.switchboard.platform.events.CloudEvent;
import dev.switchboard.platform.events.FieldChange;
import dev.switchboard.platform.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

class HistoryVerificationTest extends AuditTestSupport {

    private static final String ENTRIES = "audit_entries";

    @Autowired
    EntityChains chains;

    @Test
    void anUntouchedHistoryIsValidAndOnlyASuperUserMayVerify() throws Exception {
        String id = threeChanges();
        JsonNode verification = verify("gadget", id);
        assertThat(verification.get("valid").asBoolean()).isTrue();
        assertThat(verification.get("checked").asLong()).isEqualTo(3);
        assertThat(verification.hasNonNull("firstBroken")).isFalse();
        mvc.perform(get("/api/audit/verify").param("entityType", "gadget").param("entityId", id)
                .header("Authorization", VIEWER)).andExpect(status().isForbidden());
    }

    @Test
    void anEditedValueIsCaught() throws Exception {
        String id = threeChanges();
        mongo.updateFirst(byId(id, 2), new Update().set("newValue", "forged"), ENTRIES);
        assertBrokenAt(id, 2, "value");
    }

    @Test
    void anEditedActorIsCaughtEvenWithTheValueUntouched() throws Exception {
        String id = threeChanges();
        mongo.updateFirst(byId(id, 2), new Update().set("actorName", "someone-else"), ENTRIES);
        assertBrokenAt(id, 2, "altered");
    }

    @Test
    void aDeletedEntryIsCaughtInTheMiddleAndAtTheEnd() throws Exception {
        String middle = threeChanges();
        mongo.remove(byId(middle, 2), ENTRIES);
        assertBrokenAt(middle, 2, "missing");

        String last = threeChanges();
        mongo.remove(byId(last, 3), ENTRIES);
        assertBrokenAt(last, 3, "missing");
    }

    @Test
    void anEntityWhoseLastEntryWasDeletedStillHasItsNewEventsKept() throws Exception {
        String id = threeChanges();
        mongo.remove(byId(id, 3), ENTRIES);
        publish(Topics.ACCOUNTS, event(new Changed("gadget", id, 4, List.of(new FieldChange("name", "v3", "v4"))),
                Instant.now()));
        Awaitility.await().atMost(TOPIC_PICKUP).until(() -> mongo.exists(byId(id, 4), ENTRIES)
                || mongo.exists(byId(id, 3), ENTRIES));
        assertThat(read(get("/api/audit").param("entityType", "gadget").param("entityId", id))
                .findValuesAsString("newValue")).contains("v4");
        assertThat(verify("gadget", id).get("valid").asBoolean()).isFalse();
    }

    @Test
    void reorderedEntriesAreCaught() throws Exception {
        String id = threeChanges();
        Document second = mongo.findOne(byId(id, 2), Document.class, ENTRIES);
        Document third = mongo.findOne(byId(id, 3), Document.class, ENTRIES);
        mongo.remove(byId(id, 2), ENTRIES);
        mongo.remove(byId(id, 3), ENTRIES);
        // each moved into the other's place, numbers included
        mongo.insert(renumbered(third, id, 2), ENTRIES);
        mongo.insert(renumbered(second, id, 3), ENTRIES);
        assertBrokenAt(id, 2, "does not follow");
    }

    @Test
    void aPurgeKeepsTheHistoryValidButBlankingWithoutAPurgeIsCaught() throws Exception {
        String contactId = UUID.randomUUID().toString();
        publish(Topics.CONTACTS, event(new ContactCreated(contactId, 1,
                ContactDetails.builder().firstName("Mary").lastName("Shelley").build(), null), Instant.now()));
        CloudEvent updated = event(new ContactUpdated(contactId, 2, List.of(new FieldChange("lastName", "Shelley",
                "Godwin")), ContactDetails.builder().firstName("Mary").lastName("Godwin").build()), Instant.now());
        publish(Topics.CONTACTS, updated);
        awaitStored(updated);
        String other = threeChanges();

        CloudEvent purge = event(new ContactPurged(contactId, 3), Instant.now());
        publish(Topics.CONTACTS, purge);
        awaitStored(purge);
        org.awaitility.Awaitility.await().atMost(TOPIC_PICKUP).until(() ->
                !mongo.exists(Query.query(Criteria.where("entityId").is(contactId).and("erased").is(false)
                        .and("eventType").ne("switchboard.ContactPurged")), ENTRIES));
        assertThat(verify("contact", contactId).get("valid").asBoolean()).isTrue();

        mongo.updateFirst(byId(other, 1), new Update().unset("oldValue").unset("newValue").unset("salt").set("erased", true), ENTRIES);
        assertBrokenAt(other, 1, "not purged");
    }

    @Test
    void eventsOfOneEntityStoredAtOnceNeverForkItsChain() throws Exception {
        String id = UUID.randomUUID().toString();
        int writers = 4;
        int eventsEach = 10;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                int w = writer;
                done.add(pool.submit((Callable<Void>) () -> {
                    for (int i = 0; i < eventsEach; i++) {
                        chains.append(AuditEntry.chainOf("gadget", id), List.of(draft(id, "w" + w + "-" + i, 1),
                                draft(id, "w" + w + "-" + i, 0)));
                    }
                    return null;
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            pool.shutdown();
        }
        JsonNode verification = verify("gadget", id);
        assertThat(verification.get("valid").asBoolean()).isTrue();
        assertThat(verification.get("checked").asLong()).isEqualTo(writers * eventsEach * 2L);
    }

    private static AuditEntry draft(String entityId, String eventId, int position) {
        String salt = EntryHashes.newSalt();
        return new AuditEntry(null, 0, Instant.parse("2026-05-01T10:00:00Z"), "gadget", entityId, 1, "name", null,
                eventId, null, EntryHashes.digest(salt, eventId), salt, false, false, "u", "user", "MANUAL",
                "switchboard.Test", eventId, "corr", null, position, eventId + "/" + position, List.of(), null, null);
    }

    /** A gadget with three single-field events, stored one after the other. */
    private String threeChanges() throws Exception {
        String id = UUID.randomUUID().toString();
        for (int version = 1; version <= 3; version++) {
            publish(Topics.ACCOUNTS, event(new Changed("gadget", id, version,
                    List.of(new FieldChange("name", "v" + (version - 1), "v" + version))), Instant.now()));
        }
        awaitStored("gadget", id, 3);
        return id;
    }

    private JsonNode verify(String entityType, String entityId) throws Exception {
        return json.readTree(mvc.perform(get("/api/audit/verify").param("entityType", entityType)
                        .param("entityId", entityId).header("Authorization", SUPER_USER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private void assertBrokenAt(String entityId, long seq, String reason) throws Exception {
        JsonNode verification = verify("gadget", entityId);
        assertThat(verification.get("valid").asBoolean()).isFalse();
        assertThat(verification.get("firstBroken").get("seq").asLong()).isEqualTo(seq);
        assertThat(verification.get("firstBroken").get("reason").asString()).contains(reason);
        assertThat(verification.get("checked").asLong()).isEqualTo(seq - 1);
    }

    private static Query byId(String entityId, long seq) {
        return Query.query(Criteria.where("_id").is(Sequences.id(AuditEntry.chainOf("gadget", entityId), seq)));
    }

    private static Document renumbered(Document entry, String entityId, long seq) {
        Document moved = new Document(entry);
        moved.put("_id", Sequences.id(AuditEntry.chainOf("gadget", entityId), seq));
        moved.put("seq", seq);
        return moved;
    }
}
