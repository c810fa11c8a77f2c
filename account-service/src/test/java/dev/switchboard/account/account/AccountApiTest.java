package dev.switchboard.account.account;

import static dev.switchboard.platform.testkit.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.platform.events.Topics;
import dev.switchboard.platform.testkit.ServiceTest;
import dev.switchboard.platform.testkit.TestTokens;
import dev.switchboard.platform.testkit.TopicProbe;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ServiceTest
class AccountApiTest {

    private static final String ACME = """
            {"name": "Acme Ltd", "address": {"street": "1 Main St", "city": "Springfield", "postalCode": "12345",
             "region": "IL", "country": "US"}, "active": true}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void creatingAnAccountStoresItAndPublishesAccountCreatedThroughTheOutbox() throws Exception {
        MvcResult created = mvc.perform(post("/api/accounts")
                        .header("Authorization", bearer(TestTokens.user("editor", "editor", "viewer")))
                        .header("X-Correlation-Id", "corr-42")
                        .contentType(MediaType.APPLICATION_JSON).content(ACME))
                .andExpect(status().isCreated())
                .andExpect(header().string("X-Correlation-Id", "corr-42"))
                .andExpect(jsonPath("$.name").value("Acme Ltd"))
                .andReturn();
        String location = created.getResponse().getHeader("Location");
        String id = json.readTree(created.getResponse().getContentAsString()).get("id").asString();
        assertThat(location).isEqualTo("/api/accounts/" + id);

        mvc.perform(get(location).header("Authorization", bearer(TestTokens.user("viewer", "viewer"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.address.city").value("Springfield"))
                .andExpect(jsonPath("$.active").value(true));

        try (TopicProbe probe = new TopicProbe(kafka, Topics.ACCOUNTS)) {
            ConsumerRecord<String, String> record = probe.await(r -> id.equals(r.key()));
            JsonNode event = json.readTree(record.value());
            assertThat(event.get("type").asString()).isEqualTo("switchboard.AccountCreated");
            assertThat(event.get("subject").asString()).isEqualTo(id);
            assertThat(event.get("source").asString()).isEqualTo("/switchboard/account-service");
            assertThat(event.get("actorname").asString()).isEqualTo("editor");
            assertThat(event.get("channel").asString()).isEqualTo("MANUAL");
            assertThat(event.get("correlationid").asString()).isEqualTo("corr-42");
            assertThat(event.at("/data/aggregateVersion").asLong()).isEqualTo(1);
            assertThat(event.at("/data/changes").findValuesAsString("field"))
                    .contains("name", "address.city", "active");
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                mongo.getCollection("accounts").find(new org.bson.Document("_id", id)).first()
                        .getList("outbox", Object.class).isEmpty());
    }

    @Test
    void anIntegrationClientActsOnTheApiChannel() throws Exception {
        String body = mvc.perform(post("/api/accounts")
                        .header("Authorization", bearer(TestTokens.client(TestTokens.INTEGRATION, "editor", "viewer")))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Globex\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.active").value(true))
                .andReturn().getResponse().getContentAsString();
        String id = json.readTree(body).get("id").asString();
        try (TopicProbe probe = new TopicProbe(kafka, Topics.ACCOUNTS)) {
            JsonNode event = json.readTree(probe.await(r -> id.equals(r.key())).value());
            assertThat(event.get("channel").asString()).isEqualTo("API");
            assertThat(event.get("actorname").asString()).isEqualTo("service-account-switchboard-integration");
        }
    }

    @Test
    void withoutATokenTheApiAnswers401AsAProblem() throws Exception {
        mvc.perform(get("/api/accounts/whatever"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().exists("WWW-Authenticate"))
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/unauthenticated"));
    }

    @Test
    void aTokenFromAnotherIssuerIsRejected() throws Exception {
        String foreign = TestTokens.mint("http://evil.example/realms/switchboard", "editor", TestTokens.CONSOLE, "editor");
        mvc.perform(get("/api/accounts/whatever").header("Authorization", bearer(foreign)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aViewerMayNotCreate() throws Exception {
        mvc.perform(post("/api/accounts").header("Authorization", bearer(TestTokens.user("viewer", "viewer")))
                        .contentType(MediaType.APPLICATION_JSON).content(ACME))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/forbidden"));
    }

    @Test
    void aMissingNameIsA400WithTheFieldNamed() throws Exception {
        mvc.perform(post("/api/accounts").header("Authorization", bearer(TestTokens.user("editor", "editor")))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/validation"))
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void malformedJsonIsA400AndNoStackTrace() throws Exception {
        mvc.perform(post("/api/accounts").header("Authorization", bearer(TestTokens.user("editor", "editor")))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/malformed-request"))
                .andExpect(jsonPath("$.trace").doesNotExist());
    }

    @Test
    void aBodyThatIsNotJsonIs415() throws Exception {
        mvc.perform(post("/api/accounts").header("Authorization", bearer(TestTokens.user("editor", "editor")))
                        .contentType(MediaType.TEXT_PLAIN).content("name=Acme"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.status").value(415));
    }

    @Test
    void anUnknownAccountIs404() throws Exception {
        mvc.perform(get("/api/accounts/nope").header("Authorization", bearer(TestTokens.user("viewer", "viewer"))))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/not-found"));
    }
}
