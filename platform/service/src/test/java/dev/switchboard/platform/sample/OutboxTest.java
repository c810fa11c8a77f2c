package dev.switchboard.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.platform.events.Channel;
import dev.switchboard.platform.events.CloudEvent;
import dev.switchboard.platform.events.CloudEventCodec;
import dev.switchboard.platform.events.EventContext;
import dev.switchboard.platform.testkit.ServiceTest;
import dev.switchboard.platform.testkit.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

@ServiceTest
class OutboxTest {

    private static final String TOPIC = "switchboard.samples.v1";

    @Autowired
    GadgetRepository gadgets;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MongoCommandHook hook;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    private final CloudEventCodec codec = new CloudEventCodec();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void eventsThatACrashLeftInADocumentAreSentByTheSweepAndThenRemoved() {
        String id = UUID.randomUUID().toString();
        CloudEvent stranded = codec.wrap(new Gadget.GadgetCreated(id, 1, "stranded"),
                new EventContext("u", "someone", Channel.API, "c-1", null), "/switchboard/sample-service",
                UUID.randomUUID().toString(), Instant.now());
        // written behind the repository's back, as if the process died right after its save: the marker the save
        // writes first is there, the relay never got to the document
        mongo.getCollection("outbox_pending").insertOne(new Document("_id", "gadgets/" + id)
                .append("collection", "gadgets").append("documentId", id));
        mongo.getCollection("gadgets").insertOne(new Document("_id", id).append("name", "stranded").append("version", 1L)
                .append("outbox", List.of(new Document("eventId", stranded.id()).append("topic", TOPIC).append("key", id)
                        .append("type", stranded.type()).append("payload", codec.encode(stranded))
                        .append("createdAt", Date.from(Instant.now())))));

        try (TopicProbe probe = new TopicProbe(kafka, TOPIC)) {
            assertThat(codec.decode(probe.await(record -> id.equals(record.key())).value()).id()).isEqualTo(stranded.id());
        }
        awaitEmptyOutbox(id);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                mongo.getCollection("outbox_pending").find(new Document("_id", "gadgets/" + id)).first() == null);
    }

    @Test
    void theEventsOfOneAggregateArriveInTheOrderTheyHappenedEvenWhenOneInstanceIsSavedAgainAndAgain() {
        Gadget gadget = gadgets.save(Gadget.create("first"));
        for (String name : List.of("second", "third", "fourth")) {
            gadget.rename(name);
            gadget = gadgets.save(gadget);
        }
        String id = gadget.id();

        try (TopicProbe probe = new TopicProbe(kafka, TOPIC)) {
            probe.await(record -> id.equals(record.key()) && record.value().contains("\"aggregateVersion\":4"));
            List<Long> versions = probe.seen().stream().filter(record -> id.equals(record.key()))
                    .map(record -> json.readTree(record.value()).at("/data/aggregateVersion").asLong())
                    .toList();
            assertThat(versions).containsExactly(1L, 2L, 3L, 4L);
        }
        awaitEmptyOutbox(id);
    }

    @Test
    void aSaveLandingWhileTheRelayClearsTheMarkerOfTheOutboxItFoundEmptyKeepsItsMarker() {
        String id = gadgets.save(Gadget.create("first")).id();
        awaitEmptyOutbox(id);
        AtomicBoolean markerKept = new AtomicBoolean();
        // the relay has sent the rename and found the outbox empty; just before it clears the marker, another save
        // marks and writes, as if this were a second instance whose own immediate send is about to fail
        hook.around("delete", "outbox_pending", () -> storedVersion(id) == 2 && outbox(id).isEmpty(),
                () -> rename(id, "third"),
                () -> markerKept.set(mongo.getCollection("outbox_pending")
                        .find(new Document("_id", "gadgets/" + id)).first() != null));

        try (TopicProbe probe = new TopicProbe(kafka, TOPIC)) {
            rename(id, "second");
            probe.await(record -> id.equals(record.key()) && record.value().contains("\"aggregateVersion\":3"));
        }
        assertThat(markerKept).isTrue();
    }

    @Test
    void aStaleCopyCannotOverwriteANewerOne() {
        String id = gadgets.save(Gadget.create("original")).id();
        Gadget mine = gadgets.findById(id).orElseThrow();
        Gadget theirs = gadgets.findById(id).orElseThrow();
        theirs.rename("theirs");
        gadgets.save(theirs);

        mine.rename("mine");
        assertThatThrownBy(() -> gadgets.save(mine)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void anEventRaisedOutsideARequestIsTheServiceActingOnItsOwn() {
        String id = gadgets.save(Gadget.create("scheduled")).id();
        try (TopicProbe probe = new TopicProbe(kafka, TOPIC)) {
            CloudEvent event = codec.decode(probe.await(record -> id.equals(record.key())).value());
            assertThat(event.channel()).isEqualTo(Channel.SYSTEM);
            assertThat(event.actorName()).isEqualTo("sample-service");
            assertThat(event.correlationId()).isNotBlank();
        }
    }

    private void rename(String id, String name) {
        Gadget gadget = gadgets.findById(id).orElseThrow();
        gadget.rename(name);
        gadgets.save(gadget);
    }

    private long storedVersion(String id) {
        return gadgets.findById(id).orElseThrow().version();
    }

    private List<?> outbox(String id) {
        return mongo.getCollection("gadgets").find(new Document("_id", id)).first().getList("outbox", Object.class);
    }

    private void awaitEmptyOutbox(String id) {
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> mongo.getCollection("gadgets")
                .find(new Document("_id", id)).first().getList("outbox", Object.class).isEmpty());
    }
}
