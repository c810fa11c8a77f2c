package dev.switchboard.account.primaries;

import dev.switchboard.account.account.AccountsTestSupport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.events.contact.ContactCreated;
import dev.switchboard.events.contact.ContactDeleted;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

class PrimaryContactTest extends AccountsTestSupport {

    @Test
    void onlyAContactLinkedToTheAccountCanBeItsPrimaryContact() throws Exception {
        String account = createAccountNamed("Wayne Enterprises");
        String elsewhere = createAccountNamed("Daily Planet");
        String lois = UUID.randomUUID().toString();
        publish(new ContactCreated(lois, 1, person("Lois", "Lane"), elsewhere));
        awaitContact(elsewhere, lois, contact -> true);

        assignPrimaryContact(account, lois)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/unprocessable"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("does not belong to account")));
        assignPrimaryContact(account, "never-heard-of")
                .andExpect(status().isUnprocessableContent());
        assertThat(getJson("/api/accounts/" + account).has("primaryContactId")).isFalse();
    }

    @Test
    void aNewPrimaryContactNamesThePreviousOne() throws Exception {
        String account = createAccountNamed("Stark Industries");
        String pepper = linkedContact(account, "Pepper", "Potts");
        String happy = linkedContact(account, "Happy", "Hogan");

        assignPrimaryContact(account, pepper)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contactId").value(pepper))
                .andExpect(jsonPath("$.displayName").value("Pepper Potts"));
        assignPrimaryContact(account, happy).andExpect(status().isOk());

        JsonNode first = awaitEvent(account, "switchboard.PrimaryContactAssigned",
                event -> event.at("/data/contactId").asString().equals(pepper));
        assertThat(first.at("/data/previousContactId").isNull()).isTrue();
        JsonNode second = awaitEvent(account, "switchboard.PrimaryContactAssigned",
                event -> event.at("/data/contactId").asString().equals(happy));
        assertThat(second.at("/data/previousContactId").asString()).isEqualTo(pepper);
        assertThat(second.at("/data/changes/0/field").asString()).isEqualTo("primaryContactId");
        assertThat(getJson("/api/accounts/" + account).get("primaryContactId").asString()).isEqualTo(happy);
        assertThat(contactOf(account, happy).get("primaryContact").asBoolean()).isTrue();
        assertThat(contactOf(account, pepper).get("primaryContact").asBoolean()).isFalse();
    }

    @Test
    void removingThePrimaryContactPublishesPrimaryContactRemovedAndRemovingNoneIsQuiet() throws Exception {
        String account = createAccountNamed("Oscorp");
        String norman = linkedContact(account, "Norman", "Osborn");
        assignPrimaryContact(account, norman).andExpect(status().isOk());
        assignPrimaryContact(account, norman).andExpect(status().isOk());

        removePrimaryContact(account).andExpect(status().isNoContent());
        removePrimaryContact(account).andExpect(status().isNoContent());
        patchAccount(account, "{\"type\": \"Competitor\"}").andExpect(jsonPath("$.version").value(4));

        assertThat(eventTypesUpTo(account, 4)).containsExactly("switchboard.AccountCreated",
                "switchboard.PrimaryContactAssigned", "switchboard.PrimaryContactRemoved", "switchboard.AccountUpdated");
        assertThat(awaitEvent(account, "switchboard.PrimaryContactRemoved").at("/data/contactId").asString())
                .isEqualTo(norman);
    }

    @Test
    void aDeletedContactCannotBecomePrimaryContact() throws Exception {
        String account = createAccountNamed("LexCorp");
        String lex = linkedContact(account, "Lex", "Luthor");
        publish(new ContactDeleted(lex, 2));
        awaitContact(account, lex, contact -> contact.get("deleted").asBoolean());

        assignPrimaryContact(account, lex).andExpect(status().isUnprocessableContent());
    }

    @Test
    void aViewerMayNotAssignAndAContactIdIsRequired() throws Exception {
        String account = createAccountNamed("Queen Consolidated");

        mvc.perform(put("/api/accounts/" + account + "/primary-contact").header("Authorization", VIEWER)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"contactId\": \"x\"}"))
                .andExpect(status().isForbidden());
        putJson("/api/accounts/" + account + "/primary-contact", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contactId"));
        putJson("/api/accounts/nope/primary-contact", "{\"contactId\": \"x\"}")
                .andExpect(status().isNotFound());
    }

    private ResultActions assignPrimaryContact(String account, String contactId)
            throws Exception {
        return putJson("/api/accounts/" + account + "/primary-contact", "{\"contactId\": \"" + contactId + "\"}");
    }

    private ResultActions removePrimaryContact(String account) throws Exception {
        return mvc.perform(delete("/api/accounts/" + account + "/primary-contact").header("Authorization", EDITOR));
    }
}
