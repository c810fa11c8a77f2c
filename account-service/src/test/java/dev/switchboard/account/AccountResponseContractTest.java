package dev.switchboard.account;

import static dev.switchboard.platform.testkit.TestTokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.events.contact.ContactCreated;
import dev.switchboard.events.contact.ContactDetails;
import dev.switchboard.platform.events.CloudEventCodec;
import dev.switchboard.platform.events.Topics;
import dev.switchboard.platform.testkit.JsonContract;
import dev.switchboard.platform.testkit.OtherService;
import dev.switchboard.platform.testkit.ServiceTest;
import dev.switchboard.platform.testkit.TestTokens;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * What this service answers to GET /api/accounts/{id} is what its callers' stubs are held to
 * ({@link JsonContract#ACCOUNT}): an account with every field set has exactly the contract's fields and types.
 */
@ServiceTest
class AccountResponseContractTest {

    private static final String EDITOR = bearer(TestTokens.user("editor", "editor", "viewer"));

    @Autowired
    MockMvc mvc;
    @Autowired
    KafkaTemplate<String, String> kafka;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theAccountResponseHasExactlyTheFieldsAndTypesOfTheContractItsConsumersStub() throws Exception {
        String parent = create("{\"name\": \"Acme Group\"}");
        String account = create("""
                {"name": "Acme Ltd", "type": "Customer", "website": "https://acme.example", "phone": "+1 555 0100",
                 "addresses": [{"type": "BILLING", "street": "1 Main St", "city": "Springfield", "postalCode": "12345",
                                "region": "IL", "country": "US"}],
                 "parentAccountId": "%s"}""".formatted(parent));
        String contact = UUID.randomUUID().toString();
        ContactDetails ada = json.readValue("{\"firstName\": \"Ada\", \"lastName\": \"Lovelace\", \"addressSync\": false}", ContactDetails.class);
        new OtherService("contact-service", kafka, new CloudEventCodec())
                .publish(Topics.CONTACTS, new ContactCreated(contact, 1, ada, account));
        String choice = "{\"contactId\": \"" + contact + "\"}";
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                putJson("/api/accounts/" + account + "/primary-contact", choice));
        putJson("/api/accounts/" + account + "/primary-roles/Billing", choice);

        String response = mvc.perform(get("/api/accounts/" + account).header("Authorization", EDITOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        JsonContract.ACCOUNT.assertProvidedBy(response);
    }

    private String create(String body) throws Exception {
        String response = mvc.perform(post("/api/accounts").header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asString();
    }

    private void putJson(String path, String body) throws Exception {
        mvc.perform(put(path).header("Authorization", EDITOR).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk());
    }
}
