package dev.switchboard.achievement;

import static dev.switchboard.platform.testkit.TestTokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.events.contact.ContactCreated;
import dev.switchboard.events.contact.ContactDetails;
import dev.switchboard.events.contact.ContactEvent;
import dev.switchboard.platform.events.CloudEvent;
import dev.switchboard.platform.events.CloudEventCodec;
import dev.switchboard.platform.events.Topics;
import dev.switchboard.platform.testkit.AdjustableClock;
import dev.switchboard.platform.testkit.OtherService;
import dev.switchboard.platform.testkit.ServiceTest;
import dev.switchboard.platform.testkit.TestTokens;
import dev.switchboard.platform.testkit.TopicProbe;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What achievement-service's tests share: the one service context, tokens of each role, contacts published as
 * contact-service would, definitions and achievements made through the API, a clock to move, and reading back what
 * this service published.
 */
@ServiceTest
public abstract class AchievementTestSupport {

    protected static final String ADMIN = bearer(TestTokens.user("admin", "admin"));
    protected static final String EDITOR = bearer(TestTokens.user("editor", "editor"));
    protected static final String VIEWER = bearer(TestTokens.user("viewer", "viewer"));

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected KafkaTemplate<String, String> kafkaTemplate;
    @Autowired
    protected AdjustableClock clock;
    @Value("${spring.kafka.bootstrap-servers}")
    protected String kafka;

    protected final JsonMapper json = JsonMapper.builder().build();
    private final CloudEventCodec codec = new CloudEventCodec();

    @AfterEach
    void setTheClockBack() {
        clock.reset();
    }

    /** Publishes a contact event as contact-service would, keyed by the contact id. */
    protected CloudEvent publish(ContactEvent event) throws Exception {
        return new OtherService("contact-service", kafkaTemplate, codec).publish(Topics.CONTACTS, event);
    }

    /** A new contact, published; the service decides on it once it has caught up, so no wait is needed. */
    protected String contact() throws Exception {
        return contact("Zoë", "Ångström");
    }

    protected String contact(String firstName, String lastName) throws Exception {
        String contactId = UUID.randomUUID().toString();
        publish(new ContactCreated(contactId, 1, ContactDetails.builder().firstName(firstName).lastName(lastName).build(),
                UUID.randomUUID().toString()));
        return contactId;
    }

    /** A new definition with a pattern unique to it, so its numbers are too; the body as it was answered. */
    protected JsonNode definition(String validityPeriod) throws Exception {
        String prefix = "T" + UUID.randomUUID().toString().substring(0, 8);
        String body = json.writeValueAsString(json.createObjectNode().put("name", "First aid")
                .put("description", "Knows first aid").put("criteria", "Passed the exam")
                .put("validityPeriod", validityPeriod).put("brand", "academy")
                .put("numberPattern", prefix + "-{yyyy}-{seq:5}"));
        return read(mvc.perform(post("/api/achievements/definitions").header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()));
    }

    protected ResultActions issue(String body) throws Exception {
        return mvc.perform(post("/api/achievements").header("Authorization", EDITOR)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    protected static String issueBody(String contactId, String definitionId, String extra) {
        return "{\"contactId\":\"" + contactId + "\",\"definitionId\":\"" + definitionId + "\","
                + "\"issuedBy\":{\"type\":\"EVENT\",\"id\":\"ev-1\",\"name\":\"Summer camp\"}"
                + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    /** An achievement issued to the contact from the definition; the body as it was answered. */
    protected JsonNode issued(String contactId, String definitionId) throws Exception {
        return read(issue(issueBody(contactId, definitionId, "")).andExpect(status().isCreated()));
    }

    protected JsonNode achievement(String id) throws Exception {
        return read(mvc.perform(get("/api/achievements/" + id).header("Authorization", VIEWER))
                .andExpect(status().isOk()));
    }

    protected JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    /** The first event of {@code type} this service published for the achievement, as JSON. */
    protected JsonNode awaitEvent(String achievementId, String type, Predicate<JsonNode> wanted) {
        try (TopicProbe probe = new TopicProbe(kafka, Topics.ACHIEVEMENTS)) {
            return json.readTree(probe.await(record -> {
                JsonNode event = json.readTree(record.value());
                return type.equals(event.get("type").asString())
                        && achievementId.equals(event.at("/data/achievementId").asString()) && wanted.test(event);
            }).value());
        }
    }
}
