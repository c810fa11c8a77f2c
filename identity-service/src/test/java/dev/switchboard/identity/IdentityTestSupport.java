package dev.switchboard.identity;

import static dev.switchboard.platform.testkit.TestTokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.events.contact.ContactCreated;
import dev.switchboard.events.contact.ContactDetails;
import dev.switchboard.events.contact.ContactDetails.EmailAddress;
import dev.switchboard.events.contact.ContactEvent;
import dev.switchboard.platform.events.CloudEvent;
import dev.switchboard.platform.events.CloudEventCodec;
import dev.switchboard.platform.events.Topics;
import dev.switchboard.platform.testkit.OtherService;
import dev.switchboard.platform.testkit.ServiceTest;
import dev.switchboard.platform.testkit.TestTokens;
import dev.switchboard.platform.testkit.TopicProbe;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What identity-service's tests share: the one service context, an admin's token, contacts published as
 * contact-service would, and reading back what this service published.
 */
@ServiceTest
public abstract class IdentityTestSupport {

    /** Minted again before every test: a test JVM that first boots Keycloak outlives a token's five minutes. */
    protected static String ADMIN;
    protected static String EDITOR;

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected KafkaTemplate<String, String> kafkaTemplate;
    @Value("${spring.kafka.bootstrap-servers}")
    protected String kafka;

    protected final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void mintTokens() {
        ADMIN = bearer(TestTokens.user("admin", "admin"));
        EDITOR = bearer(TestTokens.user("editor", "editor"));
    }
    private final CloudEventCodec codec = new CloudEventCodec();

    /** Publishes a contact event as contact-service would, keyed by the contact id. */
    protected CloudEvent publish(ContactEvent event) throws Exception {
        return new OtherService("contact-service", kafkaTemplate, codec).publish(Topics.CONTACTS, event);
    }

    /** A new contact, published; the service decides on it once it has caught up, so no wait is needed. */
    protected String contact(String firstName, String lastName, String email) throws Exception {
        String contactId = UUID.randomUUID().toString();
        publish(new ContactCreated(contactId, 1, person(firstName, lastName, email), UUID.randomUUID().toString()));
        return contactId;
    }

    protected static ContactDetails person(String firstName, String lastName, String email) {
        return ContactDetails.builder().firstName(firstName).lastName(lastName)
                .emails(email == null ? List.of() : List.of(new EmailAddress(email, true))).build();
    }

    protected static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected JsonNode credentialsOf(String contactId) throws Exception {
        return json.readTree(mvc.perform(get("/api/contacts/" + contactId + "/credentials").header("Authorization", ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    /** The first event of {@code type} this service published for the contact that matches, as JSON. */
    protected JsonNode awaitEvent(String contactId, String type, Predicate<JsonNode> wanted) {
        try (TopicProbe probe = new TopicProbe(kafka, Topics.IDENTITY)) {
            return json.readTree(probe.await(record -> {
                JsonNode event = json.readTree(record.value());
                return type.equals(event.get("type").asString())
                        && contactId.equals(event.at("/data/contactId").asString()) && wanted.test(event);
            }).value());
        }
    }
}
