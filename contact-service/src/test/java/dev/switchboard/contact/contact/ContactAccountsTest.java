package dev.switchboard.contact.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.events.account.AccountDeactivated;
import dev.switchboard.events.account.AccountDetails;
import dev.switchboard.events.account.AccountUpdated;
import dev.switchboard.platform.events.Address;
import dev.switchboard.platform.events.FieldChange;
import dev.switchboard.platform.events.Topics;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

class ContactAccountsTest extends ContactTestSupport {

    @Test
    void aContactJoinsASecondAccountBecomesItsPrimaryAndLeavesTheFirst() throws Exception {
        String first = account("First Ltd");
        String second = account("Second Ltd");
        String id = createContact(first, "Grace", "Hopper");

        mvc.perform(post("/api/contacts/" + id + "/accounts").header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"accountId\": \"" + second + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accounts.length()").value(2));
        mvc.perform(delete("/api/contacts/" + id + "/accounts/" + first).header("Authorization", EDITOR))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reasons[0]").value("make another account primary first"));
        mvc.perform(put("/api/contacts/" + id + "/primary-account").header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"accountId\": \"" + second + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.primaryAccountId").value(second));
        mvc.perform(delete("/api/contacts/" + id + "/accounts/" + first).header("Authorization", EDITOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accounts.length()").value(1));

        assertThat(changes(contactEvent(id, "ContactPrimaryAccountChanged", 3)))
                .containsExactly("primaryAccountId: " + first + " -> " + second);
        assertThat(changes(contactEvent(id, "ContactAccountUnlinked", 4)))
                .containsExactly("accounts." + first + ".active: true -> null");
        mvc.perform(delete("/api/contacts/" + id + "/accounts/" + second).header("Authorization", EDITOR))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("A contact must stay linked to at least one account."));
    }

    @Test
    void movingTakesThePrimaryMarkToTheNewAccount() throws Exception {
        String from = account("Old Employer");
        String to = account("New Employer");
        String id = createContact(from, "Alan", "Turing");

        mvc.perform(post("/api/contacts/" + id + "/move").header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fromAccountId\": \"" + from + "\", \"toAccountId\": \"" + to + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.primaryAccountId").value(to))
                .andExpect(jsonPath("$.accounts.length()").value(1))
                .andExpect(jsonPath("$.accounts[0].accountName").value("New Employer"));

        JsonNode moved = contactEvent(id, "ContactMoved", 2);
        assertThat(moved.at("/data/fromAccountId").asString()).isEqualTo(from);
        assertThat(changes(moved)).contains("primaryAccountId: " + from + " -> " + to);
        mvc.perform(post("/api/contacts/" + id + "/move").header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fromAccountId\": \"" + from + "\", \"toAccountId\": \"" + to + "\"}"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void fillAddressFromAccountCopiesTheAccountsAddresses() throws Exception {
        String account = account("Address Co", billing("1 Infinite Loop", "Cupertino"));
        String id = createContact(account, "Steve", "Wozniak");

        mvc.perform(post("/api/contacts/" + id + "/fill-address-from-account").header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"accountId\": \"" + account + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.addresses[0].city").value("Cupertino"));
        mvc.perform(post("/api/contacts/" + id + "/fill-address-from-account").header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"accountId\": \"elsewhere\"}"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void anAccountsNewAddressReachesLinkedContactsWithAddressSyncOnAsASystemChange() throws Exception {
        String account = account("Sync Inc", billing("Old Street 1", "Oldtown"));
        String synced = createContact(account, "{\"firstName\": \"Sync\", \"lastName\": \"On\", \"addressSync\": true}")
                .get("id").asString();
        String unsynced = createContact(account, "Sync", "Off");

        List<Address> moved = List.of(billing("New Street 2", "Newtown"));
        String cause = publish(Topics.ACCOUNTS, new AccountUpdated(account, 2,
                List.of(new FieldChange("addresses", null, null)),
                AccountDetails.builder().name("Sync Inc").addresses(moved).build()), "/switchboard/account-service");

        JsonNode event = contactEvent(synced, "ContactUpdated", 2);
        assertThat(event.get("channel").asString()).isEqualTo("SYSTEM");
        assertThat(event.get("causationid").asString()).isEqualTo(cause);
        assertThat(event.at("/data/details/addresses/0/city").asString()).isEqualTo("Newtown");
        mvc.perform(get("/api/contacts/" + unsynced).header("Authorization", VIEWER))
                .andExpect(jsonPath("$.addresses").isEmpty());
    }

    @Test
    void addressSyncFollowsThePrimaryAccountOnlyNotAnotherLinkedOne() throws Exception {
        String primary = account("Home Base Ltd", billing("Home Street 1", "Hometown"));
        String other = account("Side Job Ltd", billing("Side Street 1", "Sidetown"));
        String id = createContact(primary,
                "{\"firstName\": \"Single\", \"lastName\": \"Source\", \"addressSync\": true}").get("id").asString();
        mvc.perform(post("/api/contacts/" + id + "/accounts").header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"accountId\": \"" + other + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2));

        publish(Topics.ACCOUNTS, new AccountUpdated(other, 2, List.of(new FieldChange("addresses", null, null)),
                accountDetails("Side Job Ltd", billing("Elsewhere 9", "Elsewhere"))),
                "/switchboard/account-service");
        // one partition: once the primary account's change has reached the contact, the other's has been handled
        publish(Topics.ACCOUNTS, new AccountUpdated(primary, 2, List.of(new FieldChange("addresses", null, null)),
                accountDetails("Home Base Ltd", billing("Home Street 2", "Hometown"))), "/switchboard/account-service");

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/contacts/" + id).header("Authorization", VIEWER))
                        .andExpect(jsonPath("$.addresses[0].street").value("Home Street 2")));
        mvc.perform(get("/api/contacts/" + id).header("Authorization", VIEWER))
                .andExpect(jsonPath("$.addresses.length()").value(1))
                .andExpect(jsonPath("$.version").value(3));
    }

    @Test
    void deactivatingAnAccountMarksItsLinksInactiveAndKeepsTheContacts() throws Exception {
        String account = account("Sunset Corp");
        String id = createContact(account, "Last", "Employee");

        publish(Topics.ACCOUNTS, new AccountDeactivated(account, 2), "/switchboard/account-service");

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/contacts/" + id).header("Authorization", VIEWER))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.accounts[0].active").value(false))
                        .andExpect(jsonPath("$.deleted").value(false)));
        assertThat(changes(contactEvent(id, "ContactAccountLinked", 2)))
                .containsExactly("accounts." + account + ".active: true -> false");
    }

    @Test
    void aDeletedContactsAccountsCannotChange() throws Exception {
        String account = account("Frozen Ltd");
        String id = createContact(account, "Ice", "Cold");
        mvc.perform(delete("/api/contacts/" + id).header("Authorization", ADMIN)).andExpect(status().isNoContent());

        mvc.perform(post("/api/contacts/" + id + "/accounts").header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"accountId\": \"" + account + "\"}"))
                .andExpect(status().isConflict());
        mvc.perform(patch("/api/contacts/" + id).header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"firstName\": \"Thawed\"}"))
                .andExpect(status().isConflict());
    }
}
