package dev.switchboard.contact.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.contact.AccountServiceStub;
import dev.switchboard.events.account.AccountDeactivated;
import dev.switchboard.platform.events.Topics;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

class ContactApiTest extends ContactTestSupport {

    @Test
    void creatingAContactLinksItToItsPrimaryAccountAndPublishesContactCreated() throws Exception {
        String acme = account("Acme Ltd");
        JsonNode created = createContact(acme, """
                {"firstName": "Ada", "lastName": "Lovelace", "emails": [{"address": "ada@example.org"}],
                 "phones": [{"number": "+44 20 7946 0000", "type": "WORK"}], "identityTypes": ["INSTRUCTOR"],
                 "kind": "CLIENT", "flags": {"marketing": true}, "tags": ["vip"], "addressSync": true}""");
        String id = created.get("id").asString();

        assertThat(created.get("primaryAccountId").asString()).isEqualTo(acme);
        assertThat(created.at("/accounts/0/accountName").asString()).isEqualTo("Acme Ltd");
        assertThat(created.at("/emails/0/primary").asBoolean()).as("the only email becomes primary").isTrue();
        assertThat(created.get("owner").asString()).as("the creator owns it by default").isEqualTo("editor");
        mvc.perform(get("/api/contacts/" + id).header("Authorization", VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lastName").value("Lovelace"))
                .andExpect(jsonPath("$.accounts[0].primary").value(true));

        JsonNode event = contactEvent(id, "ContactCreated", 1);
        assertThat(event.get("actorname").asString()).isEqualTo("editor");
        assertThat(event.get("channel").asString()).isEqualTo("MANUAL");
        assertThat(changes(event)).contains("firstName: null -> Ada", "flags.marketing: null -> true",
                "primaryAccountId: null -> " + acme, "accounts." + acme + ".active: null -> true");
    }

    @Test
    void aMergePatchChangesOnlyTheFieldsItNamesAndTheEventCarriesOldAndNew() throws Exception {
        String id = createContact(account("Initech"), "Peter", "Gibbons");

        mvc.perform(patch("/api/contacts/" + id).header("Authorization", EDITOR)
                        .contentType("application/merge-patch+json")
                        .content("{\"lastName\": \"Gibbons-Smith\", \"flags\": {\"leftCompany\": true}, \"description\": null}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.firstName").value("Peter"))
                .andExpect(jsonPath("$.lastName").value("Gibbons-Smith"))
                .andExpect(jsonPath("$.flags.leftCompany").value(true))
                .andExpect(jsonPath("$.version").value(2));

        assertThat(changes(contactEvent(id, "ContactUpdated", 2)))
                .containsExactlyInAnyOrder("lastName: Gibbons -> Gibbons-Smith", "flags.leftCompany: false -> true");
    }

    @Test
    void aPatchThatChangesNothingRaisesNoEvent() throws Exception {
        String id = createContact(account("Hooli"), "Gavin", "Belson");

        mvc.perform(patch("/api/contacts/" + id).header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"firstName\": \"Gavin\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void unknownAndReadOnlyFieldsInAPatchAre400sNamingThem() throws Exception {
        String id = createContact(account("Globex"), "Hank", "Scorpio");

        mvc.perform(patch("/api/contacts/" + id).header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"favouriteColour\": \"red\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/validation"))
                .andExpect(jsonPath("$.errors[0].field").value("favouriteColour"));
        mvc.perform(patch("/api/contacts/" + id).header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"primaryAccountId\": \"x\", \"deleted\": true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].message").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is("is read-only"))));
        mvc.perform(patch("/api/contacts/" + id).header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"flags\": {\"sleepy\": true}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("flags.sleepy"));
    }

    @Test
    void badDetailsAre400sAndNothingIsWritten() throws Exception {
        String id = createContact(account("Vandelay"), "Art", "Vandelay");

        for (String bad : new String[] {
                "{\"firstName\": \" \"}",
                "{\"emails\": [{\"address\": \"not-an-email\"}]}",
                "{\"emails\": [{\"address\": \"a@x.org\", \"primary\": true}, {\"address\": \"b@x.org\", \"primary\": true}]}",
                "{\"emails\": [{\"address\": \"a@x.org\"}, {\"address\": \"A@X.org\"}]}",
                "{\"phones\": [{\"number\": \"call me\", \"type\": \"WORK\"}]}",
                "{\"identityTypes\": [\"ASTRONAUT\"]}",
                "{\"birthday\": \"yesterday\"}",
                "{\"customFields\": {\"shoeSize\": 42}}",
                "[1, 2]"}) {
            mvc.perform(patch("/api/contacts/" + id).header("Authorization", EDITOR)
                            .contentType(MediaType.APPLICATION_JSON).content(bad))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").exists());
        }
        mvc.perform(get("/api/contacts/" + id).header("Authorization", VIEWER))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void declaredCustomFieldsTakeValuesOfTheirType() throws Exception {
        mvc.perform(put("/api/contacts/custom-fields/seniority").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"label\": \"Seniority\", \"type\": \"ENUM\", \"values\": [\"JUNIOR\", \"SENIOR\"]}"))
                .andExpect(status().isOk());
        mvc.perform(put("/api/contacts/custom-fields/badgeNumber").header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"type\": \"NUMBER\"}"))
                .andExpect(status().isForbidden());
        String id = createContact(account("Sterling Cooper"), "Don", "Draper");

        mvc.perform(patch("/api/contacts/" + id).header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"customFields\": {\"seniority\": \"SENIOR\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.customFields.seniority").value("SENIOR"));
        mvc.perform(patch("/api/contacts/" + id).header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"customFields\": {\"seniority\": \"CEO\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("customFields.seniority"));
    }

    @Test
    void aReportingLineMayNotBecomeACycle() throws Exception {
        String account = account("Dunder Mifflin");
        String boss = createContact(account, "Michael", "Scott");
        String clerk = createContact(account, "Dwight", "Schrute");
        mvc.perform(patch("/api/contacts/" + clerk).header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reportsTo\": \"" + boss + "\"}"))
                .andExpect(status().isOk());

        mvc.perform(patch("/api/contacts/" + boss).header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reportsTo\": \"" + clerk + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("cycle")));
        mvc.perform(patch("/api/contacts/" + boss).header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reportsTo\": \"nobody\"}"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void aPurgedManagerLeavesTheContactsBelowItChangeable() throws Exception {
        String account = account("Vanishing Boss Ltd");
        String boss = createContact(account, "Gone", "Boss");
        String clerk = createContact(account, "Staying", "Clerk");
        mvc.perform(patch("/api/contacts/" + clerk).header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reportsTo\": \"" + boss + "\"}"))
                .andExpect(status().isOk());
        mvc.perform(delete("/api/contacts/" + boss).header("Authorization", ADMIN)).andExpect(status().isNoContent());
        mvc.perform(post("/api/contacts/" + boss + "/purge").header("Authorization", SUPER_USER))
                .andExpect(status().isNoContent());

        mvc.perform(patch("/api/contacts/" + clerk).header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"description\": \"still here\"}"))
                .andExpect(status().isOk());
        mvc.perform(patch("/api/contacts/" + clerk).header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reportsTo\": \"" + boss + "-2\"}"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void aContactNeedsAnAccountThatExistsAndIsActive() throws Exception {
        mvc.perform(post("/api/contacts").header("Authorization", EDITOR).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"firstName\": \"No\", \"lastName\": \"Account\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("accountId"));
        mvc.perform(post("/api/contacts").header("Authorization", EDITOR).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"accountId\": \"no-such-account\", \"firstName\": \"A\", \"lastName\": \"B\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Account no-such-account does not exist."));

        String closed = account("Closed Corp");
        publish(Topics.ACCOUNTS, new AccountDeactivated(closed, 2), "/switchboard/account-service");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                !mongo.findById(closed, dev.switchboard.contact.accounts.AccountView.class).active());
        mvc.perform(post("/api/contacts").header("Authorization", EDITOR).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"accountId\": \"" + closed + "\", \"firstName\": \"A\", \"lastName\": \"B\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("inactive")));
    }

    @Test
    void anAccountNotYetAnnouncedIsAskedOfAccountServiceOnceAndThenKnown() throws Exception {
        String id = "fresh-" + UUID.randomUUID();
        AccountServiceStub.ACCOUNTS.put(id, "{\"id\": \"" + id + "\", \"name\": \"Fresh Inc\", \"active\": true, \"version\": 1}");

        createContact(id, "Early", "Bird");
        createContact(id, "Second", "Bird");

        assertThat(AccountServiceStub.CALLS.get(id)).hasValue(1);
    }

    @Test
    void whenAccountServiceIsDownAnUnknownAccountIsA503ProblemNotA500() throws Exception {
        mvc.perform(post("/api/contacts").header("Authorization", EDITOR).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"accountId\": \"down-" + UUID.randomUUID() + "\", \"firstName\": \"A\", \"lastName\": \"B\"}"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/service-unavailable"));
    }

    @Test
    void aBirthdayOutsideTheYears1000To9999OrInTheFutureIsA400NotA500() throws Exception {
        String acme = account("Dates Ltd");
        String id = createContact(acme, "Tess", "Dates");
        for (String birthday : new String[] {"+999999999-01-01", "0000-01-01", "0999-12-31",
                java.time.LocalDate.now().plusDays(2).toString()}) {
            mvc.perform(post("/api/contacts").header("Authorization", EDITOR).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"accountId\": \"" + acme + "\", \"firstName\": \"A\", \"lastName\": \"B\", "
                                    + "\"birthday\": \"" + birthday + "\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("birthday"));
            mvc.perform(patch("/api/contacts/" + id).header("Authorization", EDITOR)
                            .contentType("application/merge-patch+json").content("{\"birthday\": \"" + birthday + "\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("birthday"));
        }
        mvc.perform(get("/api/contacts/" + id).header("Authorization", VIEWER)).andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void anAccountIdAccountServiceRefusesIsTheClientsFaultA422NotAnOutage() throws Exception {
        mvc.perform(post("/api/contacts").header("Authorization", EDITOR).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"accountId\": \"refused-" + UUID.randomUUID() + "\", \"firstName\": \"A\", \"lastName\": \"B\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/unprocessable"));
    }

    @Test
    void anAccountIdShapedLikeAPathIsA422AndNeverReachesAccountService() throws Exception {
        for (String id : new String[] {"../accounts", "..%2Faccounts", "a/b", "?size=1", "a b"}) {
            mvc.perform(post("/api/contacts").header("Authorization", EDITOR).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"accountId\": \"" + id + "\", \"firstName\": \"A\", \"lastName\": \"B\"}"))
                    .andExpect(status().isUnprocessableContent());
            assertThat(AccountServiceStub.CALLS).doesNotContainKey(id);
        }
    }

    @Test
    void aViewerReadsButDoesNotWrite() throws Exception {
        String id = createContact(account("Read Only Ltd"), "Vera", "Viewer");
        mvc.perform(get("/api/contacts/" + id).header("Authorization", VIEWER)).andExpect(status().isOk());
        mvc.perform(patch("/api/contacts/" + id).header("Authorization", VIEWER)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"firstName\": \"X\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/contacts/nope").header("Authorization", VIEWER))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/not-found"));
    }
}
