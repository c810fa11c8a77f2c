package dev.switchboard.account.primaries;

import dev.switchboard.account.account.AccountsTestSupport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.events.contact.ContactAccountUnlinked;
import dev.switchboard.events.contact.ContactMoved;
import dev.switchboard.events.contact.ContactPurged;
import dev.switchboard.platform.events.CloudEvent;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

class PrimaryRolesTest extends AccountsTestSupport {

    @Test
    void aPrimaryRoleMovesToItsNewHolderAndTheEventNamesThePreviousOne() throws Exception {
        String account = createAccountNamed("Cyberdyne");
        String miles = linkedContact(account, "Miles", "Dyson");
        String sarah = linkedContact(account, "Sarah", "Connor");

        assignRole(account, "Billing", miles)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("Billing"))
                .andExpect(jsonPath("$.contactId").value(miles))
                .andExpect(jsonPath("$.displayName").value("Miles Dyson"));
        assignRole(account, "Billing", sarah).andExpect(status().isOk());

        JsonNode moved = awaitEvent(account, "switchboard.PrimaryRoleAssigned",
                event -> event.at("/data/contactId").asString().equals(sarah));
        assertThat(moved.at("/data/role").asString()).isEqualTo("Billing");
        assertThat(moved.at("/data/previousContactId").asString()).isEqualTo(miles);
        assertThat(moved.at("/data/changes/0/field").asString()).isEqualTo("primaryRoles.Billing");
        assertThat(roles(account)).containsExactly("Billing=" + sarah + "/Sarah Connor");
    }

    @Test
    void oneContactMayHoldSeveralPrimaryRoles() throws Exception {
        String account = createAccountNamed("Tyrell Corporation");
        String rachael = linkedContact(account, "Rachael", "Tyrell");

        assignRole(account, "Technical", rachael).andExpect(status().isOk());
        assignRole(account, "Account Manager", rachael).andExpect(status().isOk());

        assertThat(roles(account)).containsExactly("Account Manager=" + rachael + "/Rachael Tyrell",
                "Technical=" + rachael + "/Rachael Tyrell");
        assertThat(getJson("/api/accounts/" + account).at("/primaryRoles/Technical").asString()).isEqualTo(rachael);
        assertThat(contactOf(account, rachael).get("primaryRoles").valueStream().map(JsonNode::asString).toList())
                .containsExactly("Account Manager", "Technical");
    }

    @Test
    void reassigningARoleToItsHolderIsQuietAndRemovingItPublishesPrimaryRoleRemoved() throws Exception {
        String account = createAccountNamed("Soylent");
        String thorn = linkedContact(account, "Frank", "Thorn");
        assignRole(account, "Billing", thorn).andExpect(status().isOk());

        assignRole(account, "Billing", thorn).andExpect(status().isOk());
        removeRole(account, "Billing").andExpect(status().isNoContent());
        removeRole(account, "Billing").andExpect(status().isNoContent());

        assertThat(eventTypesUpTo(account, 3)).containsExactly("switchboard.AccountCreated",
                "switchboard.PrimaryRoleAssigned", "switchboard.PrimaryRoleRemoved");
        JsonNode removed = awaitEvent(account, "switchboard.PrimaryRoleRemoved");
        assertThat(removed.at("/data/role").asString()).isEqualTo("Billing");
        assertThat(removed.at("/data/contactId").asString()).isEqualTo(thorn);
        assertThat(roles(account)).isEmpty();
    }

    @Test
    void aRoleNameMustStartWithALetterAndStayShort() throws Exception {
        String account = createAccountNamed("Weyland-Yutani");
        String ripley = linkedContact(account, "Ellen", "Ripley");

        for (String role : List.of("9lives", "Bill$ing", "x".repeat(51))) {
            assignRole(account, role, ripley)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("role"));
        }
    }

    @Test
    void onlyAContactOfTheAccountCanHoldAPrimaryRole() throws Exception {
        String account = createAccountNamed("Massive Dynamic");

        assignRole(account, "Billing", "stranger").andExpect(status().isUnprocessableContent());
    }

    @Test
    void unlinkingAContactRemovesItsPrimaryRolesAndPrimaryContactAsTheSystemCausedByTheUnlink() throws Exception {
        String account = createAccountNamed("Vandelay Industries");
        String art = linkedContact(account, "Art", "Vandelay");
        assignRole(account, "Billing", art).andExpect(status().isOk());
        assignRole(account, "Import", art).andExpect(status().isOk());
        putJson("/api/accounts/" + account + "/primary-contact", "{\"contactId\": \"" + art + "\"}")
                .andExpect(status().isOk());

        CloudEvent unlinked = publish(new ContactAccountUnlinked(art, 2, account, true, null));

        JsonNode removed = awaitEvent(account, "switchboard.PrimaryRoleRemoved",
                event -> event.at("/data/role").asString().equals("Import"));
        assertThat(removed.get("channel").asString()).isEqualTo("SYSTEM");
        assertThat(removed.get("causationid").asString()).isEqualTo(unlinked.id());
        assertThat(removed.get("correlationid").asString()).isEqualTo(unlinked.correlationId());
        assertThat(removed.get("actorname").asString()).isEqualTo("account-service");
        assertThat(removed.at("/data/contactId").asString()).isEqualTo(art);
        JsonNode noPrimary = awaitEvent(account, "switchboard.PrimaryContactRemoved");
        assertThat(noPrimary.get("causationid").asString()).isEqualTo(unlinked.id());
        assertThat(roles(account)).isEmpty();
        assertThat(getJson("/api/accounts/" + account).has("primaryContactId")).isFalse();
        assertThat(contactOf(account, art)).isNull();
    }

    @Test
    void aContactMovedAwayOrPurgedLosesItsPrimaryRolesThere() throws Exception {
        String from = createAccountNamed("Kramerica");
        String to = createAccountNamed("Pendant Publishing");
        String cosmo = linkedContact(from, "Cosmo", "Kramer");
        String elaine = linkedContact(from, "Elaine", "Benes");
        assignRole(from, "Billing", cosmo).andExpect(status().isOk());
        assignRole(from, "Editor", elaine).andExpect(status().isOk());

        publish(new ContactMoved(cosmo, 2, from, to, from, to));
        publish(new ContactPurged(elaine, 2));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> roles(from).isEmpty());
        awaitEvent(from, "switchboard.PrimaryRoleRemoved", event -> event.at("/data/contactId").asString().equals(cosmo));
        awaitEvent(from, "switchboard.PrimaryRoleRemoved", event -> event.at("/data/contactId").asString().equals(elaine));
    }

    private ResultActions assignRole(String account, String role, String contactId) throws Exception {
        return putJson("/api/accounts/" + account + "/primary-roles/" + role, "{\"contactId\": \"" + contactId + "\"}");
    }

    private ResultActions removeRole(String account, String role) throws Exception {
        return mvc.perform(delete("/api/accounts/" + account + "/primary-roles/" + role).header("Authorization", EDITOR));
    }

    /** The account's primary roles as "role=contactId/displayName", in the order listed. */
    private List<String> roles(String account) throws Exception {
        return getJson("/api/accounts/" + account + "/primary-roles").valueStream()
                .map(role -> role.get("role").asString() + "=" + role.get("contactId").asString() + "/"
                        + role.get("displayName").asString())
                .toList();
    }
}
