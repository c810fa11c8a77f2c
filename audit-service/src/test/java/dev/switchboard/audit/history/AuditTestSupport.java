package dev.switchboard.audit.history;

import static dev.switchboard.platform.testkit.TestTokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.platform.events.Channel;
import dev.switchboard.platform.events.CloudEvent;
import dev.switchboard.platform.events.CloudEventCodec;
import dev.switchboard.platform.events.DomainEvent;
import dev.switchboard.platform.events.EventContext;
import dev.switchboard.platform.events.FieldChange;
import dev.switchboard.platform.testkit.ServiceTest;
import dev.switchboard.platform.testkit.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The one context of audit-service's tests, and how they publish events and read histories. */
@ServiceTest
@TestPropertySource(properties = "switchboard.audit.topic-refresh-ms=1000")
abstract class AuditTestSupport {

    /** A topic created during the tests is followed after the next metadata refresh and a rebalance. */
    static final Duration TOPIC_PICKUP = Duration.ofSeconds(60);
    static final String VIEWER = bearer(TestTokens.user("viewer", "viewer"));
    static final String SUPER_USER = bearer(TestTokens.user("root", "super-user"));

    @Autowired
    MockMvc mvc;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    Sequences sequences;
    @Autowired
    MongoTemplate mongo;

    final CloudEventCodec codec = new CloudEventCodec();
    final JsonMapper json = JsonMapper.builder().build();

    long stored(String entityType, String entityId) {
        return sequences.last(AuditEntry.chainOf(entityType, entityId), AuditEntry.class);
    }

    void awaitStored(String entityType, String entityId, int expected) {
        Awaitility.await().atMost(TOPIC_PICKUP).until(() -> stored(entityType, entityId) >= expected);
    }

    void awaitStored(CloudEvent event) {
        Awaitility.await().atMost(TOPIC_PICKUP).until(() -> mongo.exists(
                org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("eventKey").is(event.id() + "/0")),
                AuditEntry.class));
    }

    void awaitContactLines(String contactId, int expected) {
        Awaitility.await().atMost(TOPIC_PICKUP)
                .until(() -> sequences.last(HistoryRef.keyOf(contactId), HistoryRef.class) >= expected);
    }

    JsonNode read(MockHttpServletRequestBuilder request) throws Exception {
        return json.readTree(mvc.perform(request.header("Authorization", VIEWER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    JsonNode history(String contactId, String... params) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/contacts/" + contactId + "/history");
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return read(request);
    }

    CloudEvent event(DomainEvent data, Instant time) {
        return event(data, time, new EventContext("user-1", "editor", Channel.MANUAL, "corr", null));
    }

    CloudEvent event(DomainEvent data, Instant time, EventContext context) {
        String id = UUID.randomUUID().toString();
        EventContext withCorrelation = new EventContext(context.actor(), context.actorName(), context.channel(),
                "corr-" + id, context.causationId());
        return codec.wrap(data, withCorrelation, "/switchboard/test", id, time);
    }

    void publish(String topic, CloudEvent event) throws Exception {
        kafka.send(topic, event.subject(), codec.encode(event)).get();
    }

    /** An event of a kind the auditor has never heard of, with the changes given. */
    record Changed(String type, String id, long version, List<FieldChange> changes) implements DomainEvent {

        @Override
        public String aggregateType() {
            return type;
        }

        @Override
        public String aggregateId() {
            return id;
        }

        @Override
        public long aggregateVersion() {
            return version;
        }
    }
}
