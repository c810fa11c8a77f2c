package dev.switchboard.webhook;

import static dev.switchboard.platform.testkit.TestTokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.events.contact.ContactEvent;
import dev.switchboard.platform.events.CloudEvent;
import dev.switchboard.platform.events.CloudEventCodec;
import dev.switchboard.platform.events.Topics;
import dev.switchboard.platform.testkit.AdjustableClock;
import dev.switchboard.platform.testkit.OtherService;
import dev.switchboard.platform.testkit.ServiceTest;
import dev.switchboard.platform.testkit.TestTokens;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What webhook-service's tests share: the one service context, tokens, contact events published as contact-service
 * would, subscriptions made through the API and their delivery logs, and a clock to move.
 */
@ServiceTest
public abstract class WebhookTestSupport {

    protected static final String ADMIN = bearer(TestTokens.user("admin", "admin"));
    protected static final String EDITOR = bearer(TestTokens.user("editor", "editor"));
    protected static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected KafkaTemplate<String, String> kafkaTemplate;
    @Autowired
    protected AdjustableClock clock;

    protected final JsonMapper json = JsonMapper.builder().build();
    private final CloudEventCodec codec = new CloudEventCodec();

    @Autowired
    protected MongoTemplate mongo;

    /** Each test's subscriptions go with it, so no later test sees deliveries it did not cause. */
    @AfterEach
    void setTheClockBackAndForgetTheSubscriptions() {
        clock.reset();
        mongo.remove(new Query(), "subscriptions");
        mongo.remove(new Query(), "deliveries");
    }

    protected CloudEvent publish(ContactEvent event) throws Exception {
        return new OtherService("contact-service", kafkaTemplate, codec).publish(Topics.CONTACTS, event);
    }

    protected ResultActions subscribe(String url, List<String> eventTypes, String secret) throws Exception {
        var body = json.createObjectNode().put("url", url).put("secret", secret);
        eventTypes.forEach(body.putArray("eventTypes")::add);
        return mvc.perform(post("/api/webhooks").header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    /** A subscription to the types at the URL; its id. */
    protected String subscribed(String url, String... eventTypes) throws Exception {
        return read(subscribe(url, List.of(eventTypes), SECRET).andExpect(status().isCreated())).get("id").asString();
    }

    protected JsonNode deliveries(String subscriptionId) throws Exception {
        return read(mvc.perform(get("/api/webhooks/" + subscriptionId + "/deliveries")
                .header("Authorization", ADMIN)).andExpect(status().isOk())).get("items");
    }

    protected JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }
}
