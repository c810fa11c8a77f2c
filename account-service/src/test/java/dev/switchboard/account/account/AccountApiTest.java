package dev.switchboard.account.account;

import static dev.switchboard.platform.testkit.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.platform.testkit.TestTokens;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

class AccountApiTest extends AccountsTestSupport {

    private static final String ACME = """
            {"name": " Acme Ltd ", "type": "Customer", "website": "https://acme.example", "phone": "+1 555 0100",
             "addresses": [{"type": "BILLING", "street": "1 Main St", "city": "Springfield", "postalCode": "12345",
                            "region": "IL", "country": "US"},
                           {"type": "SHIPPING", "city": "Shelbyville", "country": "US"}],
             "active": true}""";

    @Autowired
    MongoTemplate mongo;

    @Test
    void creatingAnAccountStoresItAndPublishesAccountCreatedThroughTheOutbox() throws Exception {
        MvcResult created = mvc.perform(post("/api/accounts")
                        .header("Authorization", EDITOR)
                        .header("X-Correlation-Id", "corr-42")
                        .contentType(MediaType.APPLICATION_JSON).content(ACME))
                .andExpect(status().isCreated())
                .andExpect(header().string("X-Correlation-Id", "corr-42"))
                .andExpect(jsonPath("$.name").value("Acme Ltd"))
                .andReturn();
        String location = created.getResponse().getHeader("Location");
        String id = json.readTree(created.getResponse().getContentAsString()).get("id").asString();
        assertThat(location).isEqualTo("/api/accounts/" + id);

        mvc.perform(get(location).header("Authorization", VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("Customer"))
                .andExpect(jsonPath("$.website").value("https://acme.example"))
                .andExpect(jsonPath("$.phone").value("+1 555 0100"))
                .andExpect(jsonPath("$.addresses[0].type").value("BILLING"))
                .andExpect(jsonPath("$.addresses[0].city").value("Springfield"))
                .andExpect(jsonPath("$.addresses[1].type").value("SHIPPING"))
                .andExpect(jsonPath("$.address").doesNotExist())
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.primaryRoles").isMap())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.createdAt").exists());

        JsonNode event = awaitEvent(id, "switchboard.AccountCreated");
        assertThat(event.get("subject").asString()).isEqualTo(id);
        assertThat(event.get("source").asString()).isEqualTo("/switchboard/account-service");
        assertThat(event.get("actorname").asString()).isEqualTo("editor");
        assertThat(event.get("channel").asString()).isEqualTo("MANUAL");
        assertThat(event.get("correlationid").asString()).isEqualTo("corr-42");
        assertThat(event.at("/data/aggregateVersion").asLong()).isEqualTo(1);
        assertThat(event.at("/data/details/addresses/1/city").asString()).isEqualTo("Shelbyville");
        assertThat(event.at("/data/changes").findValuesAsString("field"))
                .contains("name", "type", "website", "phone", "addresses", "active");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                mongo.getCollection("accounts").find(new Document("_id", id)).first()
                        .getList("outbox", Object.class).isEmpty());
    }

    @Test
    void aCreateRetriedWithItsIdempotencyKeyAfterALostResponseCreatesOneAccountAndAnswersAsTheFirst() throws Exception {
        String name = "Initech " + uniqueWord();
        String key = UUID.randomUUID().toString();
        MockHttpServletRequestBuilder create = post("/api/accounts").header("Authorization", EDITOR)
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"" + name + "\"}");
        MvcResult lost = mvc.perform(create).andReturn();

        mvc.perform(create)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", lost.getResponse().getHeader("Location")))
                .andExpect(content().json(lost.getResponse().getContentAsString(), JsonCompareMode.STRICT));
        assertThat(mongo.getCollection("accounts").countDocuments(new Document("details.name", name))).isOne();
    }

    @Test
    void anAccountIsActiveUnlessCreatedInactive() throws Exception {
        String inactive = createAccount("{\"name\": \"Dormant Co\", \"active\": false}");

        assertThat(getJson("/api/accounts/" + inactive).get("active").asBoolean()).isFalse();
        assertThat(awaitEvent(inactive, "switchboard.AccountCreated").at("/data/active").asBoolean()).isFalse();
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

        JsonNode event = awaitEvent(id, "switchboard.AccountCreated");
        assertThat(event.get("channel").asString()).isEqualTo("API");
        assertThat(event.get("actorname").asString()).isEqualTo("service-account-switchboard-integration");
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
        mvc.perform(post("/api/accounts").header("Authorization", VIEWER)
                        .contentType(MediaType.APPLICATION_JSON).content(ACME))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/forbidden"));
    }

    @Test
    void aMissingNameIsA400WithTheFieldNamed() throws Exception {
        mvc.perform(post("/api/accounts").header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/validation"))
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void theOldSingleAddressFieldIsRefusedByName() throws Exception {
        mvc.perform(post("/api/accounts").header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Old Style\", \"address\": {\"city\": \"Springfield\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("address"));
    }

    @Test
    void anAddressNeedsAKnownType() throws Exception {
        mvc.perform(post("/api/accounts").header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Typeless\", \"addresses\": [{\"city\": \"Springfield\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("addresses[0].type"));
        mvc.perform(post("/api/accounts").header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Typeless\", \"addresses\": [{\"type\": \"HOME\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("addresses[0].type"));
    }

    @Test
    void aClientCannotSetReadOnlyFieldsOnCreation() throws Exception {
        mvc.perform(post("/api/accounts").header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Sneaky\", \"id\": \"mine\", \"primaryContactId\": \"c-1\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"))
                .andExpect(jsonPath("$.errors[0].message").value("is not a field of this resource"));
    }

    @Test
    void malformedJsonIsA400AndNoStackTrace() throws Exception {
        mvc.perform(post("/api/accounts").header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/malformed-request"))
                .andExpect(jsonPath("$.trace").doesNotExist());
    }

    @Test
    void aBodyThatIsNotJsonIs415() throws Exception {
        mvc.perform(post("/api/accounts").header("Authorization", EDITOR)
                        .contentType(MediaType.TEXT_PLAIN).content("name=Acme"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.status").value(415));
    }

    @Test
    void anUnknownAccountIs404() throws Exception {
        mvc.perform(get("/api/accounts/nope").header("Authorization", VIEWER))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/not-found"));
    }
}
