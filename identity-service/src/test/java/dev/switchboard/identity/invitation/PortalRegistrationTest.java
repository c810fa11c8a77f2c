package dev.switchboard.identity.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.identity.FakeContactService;
import dev.switchboard.identity.IdentityTestSupport;
import dev.switchboard.identity.Mailbox;
import dev.switchboard.platform.stacktestkit.TestKeycloak;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** Self-registration without a token: one answer for every email; what happens depends on who it is. */
class PortalRegistrationTest extends IdentityTestSupport {

    @Autowired
    private FakeContactService contactService;

    @BeforeAll
    static void startKeycloak() {
        TestKeycloak.start();
    }

    @Test
    void anUnknownEmailBecomesANewContactCreatedAsThisServiceAndIsMailedALink() throws Exception {
        String email = unique("linus") + "@example.org";

        String answer = register(email);

        Mailbox.awaitMail(email, "action-token");
        String contactId = contactService.createdWith(email);
        FakeContactService.Received created = contactService.received().stream()
                .filter(request -> request.method().equals("POST")
                        && request.body().path("emails").path(0).path("address").asString().equals(email))
                .findFirst().orElseThrow();
        assertThat(created.body().path("accountId").asString()).isEqualTo("acc-portal");
        JsonNode token = json.readTree(Base64.getUrlDecoder().decode(created.authorization()
                .substring("Bearer ".length()).split("\\.")[1]));
        assertThat(token.get("azp").asString()).isEqualTo("switchboard-identity");
        assertThat(token.at("/realm_access/roles").toString()).contains("editor");
        assertThat(token.get("aud").toString()).contains("switchboard-api");
        JsonNode registered = awaitEvent(contactId, "switchboard.PortalRegistered", event -> true);
        assertThat(registered.at("/data/newContact").asBoolean()).isTrue();
        assertThat(credentialsOf(contactId).get("status").asString()).isEqualTo("INVITED");
        assertThat(answer).isEqualTo(register(unique("other") + "@example.org"));
    }

    @Test
    void aKnownEmailIsMatchedToItsContactWithoutCreatingAnother() throws Exception {
        String email = unique("margaret") + "@example.org";
        String contactId = contact("Margaret", "Hamilton", email);

        register(email.toUpperCase());

        Mailbox.awaitMail(email, "action-token");
        assertThat(awaitEvent(contactId, "switchboard.PortalRegistered", event -> true).at("/data/newContact")
                .asBoolean()).isFalse();
        assertThat(contactService.createdWith(email.toUpperCase())).isNull();
        assertThat(credentialsOf(contactId).get("username").asString()).isEqualTo(email);
    }

    @Test
    void aContactWhoseAccessWasRejectedCannotRegisterAgainAndIsToldNothingDifferent() throws Exception {
        String email = unique("mallory") + "@example.org";
        String contactId = contact("Mallory", "Jones", email);
        mvc.perform(put("/api/contacts/" + contactId + "/credentials").header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content("{\"username\": \"" + unique("mallory") + "\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/contacts/" + contactId + "/credentials/reject").header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"abuse\"}")).andExpect(status().isOk());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .delete("/api/contacts/" + contactId + "/credentials").header("Authorization", ADMIN))
                .andExpect(status().isNoContent());
        String known = unique("known") + "@example.org";
        String knownId = contact("Known", "Person", known);

        assertThat(register(email)).isEqualTo(register(known));

        // registrations are handled one after another: once the later one is done, the rejected one was decided
        Mailbox.awaitMail(known, "action-token");
        awaitEvent(knownId, "switchboard.PortalRegistered", event -> true);
        assertThat(credentialsOf(contactId).get("status").asString()).isEqualTo("NONE");
        assertThat(Mailbox.of(email)).doesNotContain("action-token");
    }

    @Test
    void aRegistrationNeedsAnEmailAndNames() throws Exception {
        mvc.perform(post("/api/portal/registrations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"not-an-email\", \"firstName\": \"A\", \"lastName\": \"B\"}"))
                .andExpect(status().isBadRequest());
    }

    private String register(String email) throws Exception {
        return mvc.perform(post("/api/portal/registrations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"" + email + "\", \"firstName\": \"Linus\", \"lastName\": \"Torvalds\"}"))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
