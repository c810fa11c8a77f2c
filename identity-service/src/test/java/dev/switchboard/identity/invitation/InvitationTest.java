package dev.switchboard.identity.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.identity.FakeContactService;
import dev.switchboard.identity.IdentityTestSupport;
import dev.switchboard.identity.Mailbox;
import dev.switchboard.platform.stacktestkit.TestKeycloak;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/** Seed 004's invitations against the real Keycloak and mail server, with contact-service faked at its API. */
class InvitationTest extends IdentityTestSupport {

    @Autowired
    private Keycloak keycloak;
    @Autowired
    private FakeContactService contactService;

    @BeforeAll
    static void startKeycloak() {
        TestKeycloak.start();
    }

    @Test
    void aNewClientIsCreatedThroughContactServiceOnTheAdminsBehalfAndMailedItsInvitation() throws Exception {
        String email = unique("ada") + "@example.org";

        JsonNode invited = json.readTree(invite("""
                {"kind": "CLIENT", "mode": "INVITE", "contact": {"accountId": "acc-1", "firstName": "Ada",
                 "lastName": "Lovelace", "emails": [{"address": "%s"}]}}""".formatted(email))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.username").value(email))
                .andExpect(jsonPath("$.status").value("INVITED"))
                .andExpect(jsonPath("$.roles").value(org.hamcrest.Matchers.contains("portal")))
                .andReturn().getResponse().getContentAsString());

        FakeContactService.Received created = contactService.received().stream()
                .filter(request -> request.method().equals("POST")
                        && request.body().path("emails").path(0).path("address").asString().equals(email))
                .findFirst().orElseThrow();
        assertThat(created.authorization()).isEqualTo(ADMIN);
        assertThat(created.body().path("kind").asString()).isEqualTo("CLIENT");
        assertThat(created.body().path("emails").path(0).path("primary").asBoolean()).isTrue();
        assertThat(Mailbox.awaitMail(email, "action-token")).contains("action-token");
        UserRepresentation user = realmUser(email);
        assertThat(user.getFirstName()).isEqualTo("Ada");
        assertThat(user.getRequiredActions()).contains("UPDATE_PASSWORD");

        String contactId = invited.get("contactId").asString();
        JsonNode createdEvent = awaitEvent(contactId, "switchboard.CredentialsCreated", event -> true);
        assertThat(createdEvent.at("/data/status").asString()).isEqualTo("INVITED");
        assertThat(credentialsOf(contactId).get("status").asString()).isEqualTo("INVITED");
        JsonNode sent = awaitEvent(contactId, "switchboard.InvitationSent", event -> true);
        assertThat(sent.at("/data/kind").asString()).isEqualTo("CLIENT");
        assertThat(sent.at("/data/language").asString()).isEqualTo("en");
        assertThat(sent.at("/data/version").asLong()).isEqualTo(createdEvent.at("/data/version").asLong() + 1);
    }

    @Test
    void aQuietInternalInvitationGivesViewerAndSendsNoMail() throws Exception {
        String email = unique("alan") + "@example.org";
        String contactId = contact("Alan", "Turing", email);

        invite("""
                {"kind": "INTERNAL", "mode": "QUIET", "contactId": "%s"}""".formatted(contactId))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.roles").value(org.hamcrest.Matchers.contains("portal", "viewer")));

        assertThat(realmRolesOf(realmUser(email))).contains("portal", "viewer").doesNotContain("editor", "admin");
        assertThat(awaitEvent(contactId, "switchboard.CredentialsCreated", event -> true).at("/data/status")
                .asString()).isEqualTo("ACTIVE");
        assertThat(Mailbox.of(email)).doesNotContain("action-token");
    }

    @Test
    void aClientGroupInvitationPutsTheContactIntoTheGroup() throws Exception {
        String email = unique("grace") + "@example.org";
        String contactId = contact("Grace", "Hopper", email);

        invite("""
                {"kind": "CLIENT_GROUP", "groupId": "navy-clients", "mode": "INVITE", "contactId": "%s",
                 "username": "%s"}""".formatted(contactId, unique("ghopper")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("INVITED"));

        assertThat(contactService.groupsOf(contactId)).containsExactly("navy-clients");
        JsonNode sent = awaitEvent(contactId, "switchboard.InvitationSent", event -> true);
        assertThat(sent.at("/data/groupId").asString()).isEqualTo("navy-clients");
        Mailbox.awaitMail(email, "action-token");
    }

    @Test
    void aFrenchInvitationIsMailedInFrenchByKeycloakItself() throws Exception {
        String email = unique("marie") + "@example.org";
        String contactId = contact("Marie", "Curie", email);

        invite("""
                {"kind": "CLIENT", "mode": "INVITE", "contactId": "%s", "language": "fr"}""".formatted(contactId))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.language").value("fr"));

        String mail = Mailbox.awaitMail(email, "action-token");
        assertThat(mail).contains("compte").doesNotContain("Update Your Account");
        assertThat(realmUser(email).firstAttribute("locale")).isEqualTo("fr");
        assertThat(awaitEvent(contactId, "switchboard.InvitationSent", event -> true).at("/data/language").asString())
                .isEqualTo("fr");
    }

    @Test
    void contactServicesRefusalOfTheNewContactIsTheInvitationsAndCreatesNoUser() throws Exception {
        String email = unique("refused") + "@example.org";

        invite("""
                {"kind": "CLIENT", "mode": "INVITE", "contact": {"accountId": "acc-1", "firstName": "Refused",
                 "lastName": "Person", "emails": [{"address": "%s"}]}}""".formatted(email))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("inactive")));

        assertThat(keycloak.realm("switchboard").users().searchByEmail(email, true)).isEmpty();
    }

    @Test
    void anInvitationNamesOneContactAndAGroupOnlyForAClientGroup() throws Exception {
        String contactId = contact("Edsger", "Dijkstra", unique("edsger") + "@example.org");

        invite("""
                {"kind": "CLIENT", "mode": "QUIET", "contactId": "%s", "contact": {"accountId": "a",
                 "firstName": "E", "lastName": "D", "emails": [{"address": "e@example.org"}]}}""".formatted(contactId))
                .andExpect(status().isBadRequest());
        invite("""
                {"kind": "CLIENT", "mode": "QUIET"}""").andExpect(status().isBadRequest());
        invite("""
                {"kind": "CLIENT_GROUP", "mode": "QUIET", "contactId": "%s"}""".formatted(contactId))
                .andExpect(status().isBadRequest());
        invite("""
                {"kind": "CLIENT", "groupId": "g", "mode": "QUIET", "contactId": "%s"}""".formatted(contactId))
                .andExpect(status().isBadRequest());
        assertThat(credentialsOf(contactId).get("status").asString()).isEqualTo("NONE");
    }

    @Test
    void anUnknownContactIsNotFoundAndOnlyAnAdminInvites() throws Exception {
        invite("""
                {"kind": "CLIENT", "mode": "QUIET", "contactId": "%s"}""".formatted(UUID.randomUUID()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/invitations").header("Authorization", EDITOR).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"CLIENT\", \"mode\": \"QUIET\", \"contactId\": \"x\"}"))
                .andExpect(status().isForbidden());
    }

    private ResultActions invite(String body) throws Exception {
        return mvc.perform(post("/api/invitations").header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private UserRepresentation realmUser(String username) {
        List<UserRepresentation> found = keycloak.realm("switchboard").users().searchByUsername(username, true);
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    private List<String> realmRolesOf(UserRepresentation user) {
        return keycloak.realm("switchboard").users().get(user.getId()).roles().realmLevel().listEffective().stream()
                .map(RoleRepresentation::getName).toList();
    }
}
