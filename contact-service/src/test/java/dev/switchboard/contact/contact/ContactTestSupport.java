package dev.switchboard.contact.contact;

import static dev.switchboard.platform.testkit.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.switchboard.contact.accounts.AccountView;
import dev.switchboard.events.account.AccountCreated;
import dev.switchboard.events.account.AccountDetails;
import dev.switchboard.platform.events.Address;
import dev.switchboard.platform.events.AddressType;
import dev.switchboard.platform.events.CloudEvent;
import dev.switchboard.platform.events.CloudEventCodec;
import dev.switchboard.platform.events.DomainEvent;
import dev.switchboard.platform.events.Topics;
import dev.switchboard.platform.testkit.OtherService;
import dev.switchboard.platform.testkit.ServiceTest;
import dev.switchboard.platform.testkit.TestTokens;
import dev.switchboard.platform.testkit.TopicProbe;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What contact-service's tests share: one application context, tokens, and the other services' events. */
@ServiceTest
public abstract class ContactTestSupport {

    protected static final String EDITOR = bearer(TestTokens.user("editor", "editor", "viewer"));
    protected static final String VIEWER = bearer(TestTokens.user("viewer", "viewer"));
    protected static final String ADMIN = bearer(TestTokens.user("admin", "admin", "editor", "viewer"));
    protected static final String SUPER_USER = bearer(TestTokens.user("root", "super-user", "admin", "editor", "viewer"));

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected MongoTemplate mongo;
    @Autowired
    protected KafkaTemplate<String, String> kafka;
    @Autowired
    protected CloudEventCodec codec;
    @Value("${spring.kafka.bootstrap-servers}")
    protected String bootstrapServers;

    protected final JsonMapper json = JsonMapper.builder().build();

    /** An account's details as account-service announces them: a name and addresses, nothing else set. */
    protected static AccountDetails accountDetails(String name, Address... addresses) {
        return AccountDetails.builder().name(name).addresses(List.of(addresses)).build();
    }

    /** An account as account-service would announce it; returns once contact-service knows it. */
    protected String account(String name, Address... addresses) throws Exception {
        String id = UUID.randomUUID().toString();
        publish(Topics.ACCOUNTS, new AccountCreated(id, 1, accountDetails(name, addresses), true),
                "/switchboard/account-service");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById(id, AccountView.class) != null);
        return id;
    }

    protected static Address billing(String street, String city) {
        return new Address(AddressType.BILLING, street, city, null, null, "US");
    }

    /** Publishes an event as another service would, and returns its CloudEvent id. */
    protected String publish(String topic, DomainEvent event, String source) throws Exception {
        String service = source.substring(source.lastIndexOf('/') + 1);
        return new OtherService(service, kafka, codec).publish(topic, event).id();
    }

    /** Creates a contact from a JSON body (without accountId) in the account; returns the response. */
    protected JsonNode createContact(String accountId, String body) throws Exception {
        String withAccount = body.replaceFirst("\\{", "{\"accountId\": \"" + accountId + "\", ");
        var response = mvc.perform(post("/api/contacts").header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content(withAccount))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return json.readTree(response.getContentAsString());
    }

    protected String createContact(String accountId, String firstName, String lastName) throws Exception {
        return createContact(accountId, "{\"firstName\": \"" + firstName + "\", \"lastName\": \"" + lastName + "\"}")
                .get("id").asString();
    }

    /** The event of {@code type} that gave {@code contactId} its {@code version}, from the contacts topic. */
    protected JsonNode contactEvent(String contactId, String type, long version) {
        try (TopicProbe probe = new TopicProbe(bootstrapServers, Topics.CONTACTS)) {
            ConsumerRecord<String, String> record = probe.await(r -> {
                if (!contactId.equals(r.key())) {
                    return false;
                }
                JsonNode event = json.readTree(r.value());
                return event.get("type").asString().equals("switchboard." + type)
                        && event.at("/data/aggregateVersion").asLong() == version;
            });
            return json.readTree(record.value());
        }
    }

    /** The changes of an event as "field: old -> new" lines, for readable assertions. */
    protected static List<String> changes(JsonNode event) {
        List<String> lines = new java.util.ArrayList<>();
        event.at("/data/changes").forEach(change -> lines.add(change.get("field").asString() + ": "
                + text(change.get("oldValue")) + " -> " + text(change.get("newValue"))));
        return lines;
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? "null" : value.isString() ? value.asString() : value.toString();
    }
}
