package dev.switchboard.account.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

class AccountPatchTest extends AccountsTestSupport {

    private static final String INITECH = """
            {"name": "Initech", "website": "initech.example",
             "addresses": [{"type": "BILLING", "city": "Austin", "country": "US"}]}""";

    @Test
    void patchingDetailsPublishesAccountUpdatedWithTheOldAndNewValueOfEachChangedField() throws Exception {
        String id = createAccount(INITECH);

        patchAccount(id, """
                {"name": "Initech Corp", "website": null, "phone": "+1 512 555 0100",
                 "addresses": [{"type": "SHIPPING", "city": "Austin", "country": "US"}]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Initech Corp"))
                .andExpect(jsonPath("$.website").doesNotExist())
                .andExpect(jsonPath("$.addresses[0].type").value("SHIPPING"))
                .andExpect(jsonPath("$.version").value(2));

        JsonNode event = awaitEvent(id, "switchboard.AccountUpdated");
        assertThat(event.at("/data/aggregateVersion").asLong()).isEqualTo(2);
        assertThat(event.get("channel").asString()).isEqualTo("MANUAL");
        Map<String, JsonNode> changes = new HashMap<>();
        event.at("/data/changes").forEach(change -> changes.put(change.get("field").asString(), change));
        assertThat(changes).containsOnlyKeys("name", "website", "phone", "addresses");
        assertThat(changes.get("name").get("oldValue").asString()).isEqualTo("Initech");
        assertThat(changes.get("name").get("newValue").asString()).isEqualTo("Initech Corp");
        assertThat(changes.get("website").get("oldValue").asString()).isEqualTo("initech.example");
        assertThat(changes.get("website").get("newValue").isNull()).isTrue();
        assertThat(changes.get("phone").get("oldValue").isNull()).isTrue();
        assertThat(changes.get("phone").get("newValue").asString()).isEqualTo("+1 512 555 0100");
        assertThat(changes.get("addresses").at("/oldValue/0/type").asString()).isEqualTo("BILLING");
        assertThat(changes.get("addresses").at("/newValue/0/type").asString()).isEqualTo("SHIPPING");
        assertThat(event.at("/data/details/name").asString()).isEqualTo("Initech Corp");
    }

    @Test
    void aPatchSentAsPlainJsonIsAcceptedToo() throws Exception {
        String id = createAccount(INITECH);

        mvc.perform(patch("/api/accounts/" + id).header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"type\": \"Partner\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("Partner"))
                .andExpect(jsonPath("$.name").value("Initech"));
    }

    @Test
    void anUnknownFieldIsRefusedByNameAndNothingChanges() throws Exception {
        String id = createAccount(INITECH);

        patchAccount(id, "{\"name\": \"Renamed\", \"address\": {\"city\": \"Dallas\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/validation"))
                .andExpect(jsonPath("$.errors[0].field").value("address"));

        assertThat(getJson("/api/accounts/" + id).get("name").asString()).isEqualTo("Initech");
    }

    @Test
    void readOnlyFieldsAreRefusedByName() throws Exception {
        String id = createAccount(INITECH);

        patchAccount(id, "{\"id\": \"other\", \"version\": 7, \"createdAt\": \"2020-01-01T00:00:00Z\","
                + " \"primaryContactId\": \"c-1\", \"primaryRoles\": {\"Billing\": \"c-1\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder(
                        "id", "version", "createdAt", "primaryContactId", "primaryRoles")))
                .andExpect(jsonPath("$.errors[0].message").value("is read-only"));
    }

    @Test
    void anInvalidWebsiteOrPhoneIsA400NamingTheFields() throws Exception {
        String id = createAccount(INITECH);

        patchAccount(id, "{\"website\": \"not a web address\", \"phone\": \"call me\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("website", "phone")));

        JsonNode account = getJson("/api/accounts/" + id);
        assertThat(account.get("website").asString()).isEqualTo("initech.example");
        assertThat(account.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void activeMustBeTrueOrFalse() throws Exception {
        String id = createAccount(INITECH);

        patchAccount(id, "{\"active\": \"no\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("active"));
    }

    @Test
    void aPatchThatChangesNothingKeepsTheVersionAndPublishesNothing() throws Exception {
        String id = createAccount(INITECH);

        patchAccount(id, "{\"name\": \"Initech\", \"website\": \"initech.example\", \"active\": true}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        patchAccount(id, "{\"type\": \"Prospect\"}").andExpect(jsonPath("$.version").value(2));

        assertThat(eventTypesUpTo(id, 2)).containsExactly("switchboard.AccountCreated", "switchboard.AccountUpdated");
    }

    @Test
    void deactivatingAndReactivatingThroughPatchPublishesTheirOwnEvents() throws Exception {
        String id = createAccount(INITECH);

        patchAccount(id, "{\"active\": false}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false))
                .andExpect(jsonPath("$.version").value(2));
        patchAccount(id, "{\"active\": true, \"type\": \"Customer\"}")
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.version").value(4));

        assertThat(eventTypesUpTo(id, 4)).containsExactly("switchboard.AccountCreated",
                "switchboard.AccountDeactivated", "switchboard.AccountUpdated", "switchboard.AccountReactivated");
        JsonNode deactivated = awaitEvent(id, "switchboard.AccountDeactivated");
        assertThat(deactivated.at("/data/changes/0/field").asString()).isEqualTo("active");
        assertThat(deactivated.at("/data/changes/0/newValue").asBoolean()).isFalse();
    }

    @Test
    void aViewerMayNotPatch() throws Exception {
        String id = createAccount(INITECH);

        mvc.perform(patch("/api/accounts/" + id).header("Authorization", VIEWER)
                        .contentType(MERGE_PATCH).content("{\"name\": \"Hijacked\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/forbidden"));
    }

    @Test
    void patchingAnUnknownAccountIs404() throws Exception {
        patchAccount("nope", "{\"name\": \"Ghost\"}").andExpect(status().isNotFound());
    }
}
