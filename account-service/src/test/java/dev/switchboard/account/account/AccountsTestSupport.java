package dev.switchboard.account.account;

import static dev.switchboard.platform.testkit.TestTokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the account-service tests share: the one service context, requests as an editor or a viewer, contact events
 * published as contact-service would, and reading back what this service published.
 */
@ServiceTest
public abstract class AccountsTestSupport {

    protected static final String EDITOR = bearer(TestTokens.user("editor", "editor", "viewer"));
    protected static final String VIEWER = bearer(TestTokens.user("viewer", "viewer"));
    protected static final String MERGE_PATCH = "application/merge-patch+json";

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected KafkaTemplate<String, String> kafkaTemplate;
    @Value("${spring.kafka.bootstrap-servers}")
    protected String kafka;

    protected final JsonMapper json = JsonMapper.builder().build();
    private final CloudEventCodec codec = new CloudEventCodec();

    /** A word no other test uses, to tell this test's accounts apart in the shared database. */
    protected static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    protected String createAccount(String body) throws Exception {
        String response = mvc.perform(post("/api/accounts").header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asString();
    }

    protected String createAccountNamed(String name) throws Exception {
        return createAccount(json.writeValueAsString(Map.of("name", name)));
    }

    protected JsonNode getJson(String path) throws Exception {
        return json.readTree(mvc.perform(get(path).header("Authorization", VIEWER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    protected ResultActions patchAccount(String id, String mergePatch) throws Exception {
        return mvc.perform(patch("/api/accounts/" + id).header("Authorization", EDITOR)
                .contentType(MERGE_PATCH).content(mergePatch));
    }

    protected ResultActions putJson(String path, String body) throws Exception {
        return mvc.perform(put(path).header("Authorization", EDITOR)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** Publishes a contact event as contact-service would, keyed by the contact id. */
    protected CloudEvent publish(ContactEvent event) throws Exception {
        return new OtherService("contact-service", kafkaTemplate, codec).publish(Topics.CONTACTS, event);
    }

    /** A new contact whose primary account is {@code accountId}, once the contacts view lists it. */
    protected String linkedContact(String accountId, String firstName, String lastName) throws Exception {
        String contactId = UUID.randomUUID().toString();
        publish(new ContactCreated(contactId, 1, person(firstName, lastName), accountId));
        awaitContact(accountId, contactId, contact -> true);
        return contactId;
    }

    protected static ContactDetails person(String firstName, String lastName) {
        return ContactDetails.builder().firstName(firstName).lastName(lastName)
                .emails(List.of(new EmailAddress(firstName.toLowerCase() + "@example.org", true))).build();
    }

    /** The account's contact with that id as the contacts view lists it (deleted ones too), waiting until it is. */
    protected JsonNode awaitContact(String accountId, String contactId, Predicate<JsonNode> state) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> contactOf(accountId, contactId), contact -> contact != null && state.test(contact));
    }

    protected JsonNode contactOf(String accountId, String contactId) throws Exception {
        for (JsonNode contact : getJson("/api/accounts/" + accountId + "/contacts?deleted=true&size=200").get("items")) {
            if (contact.get("contactId").asString().equals(contactId)) {
                return contact;
            }
        }
        return null;
    }

    /** The first event of {@code type} this service published about the account that matches, as JSON. */
    protected JsonNode awaitEvent(String accountId, String type, Predicate<JsonNode> wanted) {
        try (TopicProbe probe = new TopicProbe(kafka, Topics.ACCOUNTS)) {
            return json.readTree(probe.await(record -> {
                JsonNode event = json.readTree(record.value());
                return accountId.equals(record.key()) && type.equals(event.get("type").asString()) && wanted.test(event);
            }).value());
        }
    }

    protected JsonNode awaitEvent(String accountId, String type) {
        return awaitEvent(accountId, type, event -> true);
    }

    /** The types of the events published about the account, in order, up to the one of {@code version}. */
    protected List<String> eventTypesUpTo(String accountId, long version) {
        try (TopicProbe probe = new TopicProbe(kafka, Topics.ACCOUNTS)) {
            probe.await(record -> accountId.equals(record.key()) && versionOf(record.value()) == version);
            return probe.seen().stream()
                    .filter(record -> accountId.equals(record.key()) && versionOf(record.value()) <= version)
                    .map(record -> json.readTree(record.value()).get("type").asString()).toList();
        }
    }

    private long versionOf(String event) {
        return json.readTree(event).at("/data/aggregateVersion").asLong();
    }
}
