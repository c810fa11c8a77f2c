package dev.switchboard.identity.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.events.contact.ContactDeleted;
import dev.switchboard.events.contact.ContactDetails;
import dev.switchboard.events.contact.ContactPurged;
import dev.switchboard.events.contact.ContactRestored;
import dev.switchboard.events.contact.ContactUpdated;
import dev.switchboard.identity.IdentityTestSupport;
import dev.switchboard.platform.events.CloudEvent;
import dev.switchboard.platform.events.FieldChange;
import dev.switchboard.platform.stacktestkit.TestKeycloak;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.admin.client.Keycloak;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/** Portal credentials against the real Keycloak: what an admin does here is what a portal user's login meets there. */
class CredentialsLifecycleTest extends IdentityTestSupport {

    private static final String PASSWORD = "a-long-enough-passphrase";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    private Keycloak keycloak;

    @BeforeAll
    static void startKeycloak() {
        TestKeycloak.start();
    }

    @Test
    void credentialsMakeARealUserThatLogsInAndABlockStopsItUntilRestored() throws Exception {
        String contactId = contact("Grace", "Hopper", unique("grace") + "@example.org");
        String username = unique("grace");

        setUp(contactId, username, List.of("viewer"), false)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.createdBy").value("admin"));

        UserRepresentation user = realmUser(username);
        assertThat(user.getEmail()).startsWith("grace-");
        assertThat(user.getFirstName()).isEqualTo("Grace");
        assertThat(user.getLastName()).isEqualTo("Hopper");
        assertThat(realmRolesOf(user)).contains("portal", "viewer").doesNotContain("admin");
        choosePassword(user);
        assertThat(passwordGrant(username).statusCode()).isEqualTo(200);
        JsonNode created = awaitEvent(contactId, "switchboard.CredentialsCreated", event -> true);
        assertThat(created.at("/data/username").asString()).isEqualTo(username);

        mvc.perform(post("/api/contacts/" + contactId + "/credentials/block").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"left the programme\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("BLOCKED"));
        HttpResponse<String> blocked = passwordGrant(username);
        assertThat(blocked.statusCode()).isNotEqualTo(200);
        assertThat(blocked.body()).doesNotContain("access_token");
        JsonNode blockedEvent = awaitEvent(contactId, "switchboard.AccessBlocked", event -> true);
        assertThat(blockedEvent.at("/data/reason").asString()).isEqualTo("left the programme");
        assertThat(blockedEvent.at("/data/credentialsId").asString())
                .isEqualTo(created.at("/data/credentialsId").asString());

        mvc.perform(post("/api/contacts/" + contactId + "/credentials/restore").header("Authorization", ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        assertThat(passwordGrant(username).statusCode()).isEqualTo(200);
        awaitEvent(contactId, "switchboard.AccessRestored", event -> event.at("/data/version").asLong() == 3);

        JsonNode shown = credentialsOf(contactId);
        assertThat(shown.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(shown.get("roles").valueStream().map(JsonNode::asString)).containsExactly("portal", "viewer");
        assertThat(shown.get("createdAt").asString()).isNotBlank();
    }

    @Test
    void anAdminRenamesTheUserWhoThenLogsInWithTheNewNameOnly() throws Exception {
        String contactId = contact("Katherine", "Johnson", unique("katherine") + "@example.org");
        String username = unique("katherine");
        setUp(contactId, username, List.of(), false).andExpect(status().isCreated());
        choosePassword(realmUser(username));
        String renamed = unique("kjohnson");

        rename(contactId, renamed)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(renamed))
                .andExpect(jsonPath("$.status").value("ACTIVE"));

        assertThat(passwordGrant(renamed).statusCode()).isEqualTo(200);
        assertThat(passwordGrant(username).statusCode()).isNotEqualTo(200);
        assertThat(credentialsOf(contactId).get("username").asString()).isEqualTo(renamed);
        JsonNode changed = awaitEvent(contactId, "switchboard.UsernameChanged", event -> true);
        assertThat(changed.at("/data/previousUsername").asString()).isEqualTo(username);
        assertThat(changed.at("/data/username").asString()).isEqualTo(renamed);
        assertThat(changed.get("channel").asString()).isEqualTo("MANUAL");
    }

    @Test
    void renamingToAUsernameAnotherUserHasIsAConflictAndChangesNothing() throws Exception {
        String taken = unique("annie");
        setUp(contact("Annie", "Easley", unique("annie") + "@example.org"), taken, List.of(), false)
                .andExpect(status().isCreated());
        String contactId = contact("Dorothy", "Vaughan", unique("dorothy") + "@example.org");
        String username = unique("dorothy");
        setUp(contactId, username, List.of(), false).andExpect(status().isCreated());

        rename(contactId, taken)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/conflict"));

        assertThat(credentialsOf(contactId).get("username").asString()).isEqualTo(username);
        assertThat(realmUser(username).getEmail()).startsWith("dorothy-");
    }

    @Test
    void renamingNeedsCredentialsAndAnAdmin() throws Exception {
        String contactId = contact("Evelyn", "Boyd", unique("evelyn") + "@example.org");

        rename(contactId, unique("evelyn")).andExpect(status().isConflict());
        mvc.perform(patch("/api/contacts/" + contactId + "/credentials").header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("username", unique("evelyn")))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theLastLoginIsTheRealmsOwnRecordOfThePasswordLogin() throws Exception {
        String contactId = contact("Mary", "Golda Ross", unique("golda") + "@example.org");
        String username = unique("golda");
        setUp(contactId, username, List.of(), false).andExpect(status().isCreated());
        choosePassword(realmUser(username));
        assertThat(credentialsOf(contactId).has("lastLogin")).isFalse();
        Instant before = Instant.now().minusSeconds(5);

        assertThat(passwordGrant(username).statusCode()).isEqualTo(200);

        JsonNode lastLogin = Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> credentialsOf(contactId).get("lastLogin"), found -> found != null);
        assertThat(Instant.parse(lastLogin.asString())).isAfter(before).isBefore(Instant.now().plusSeconds(5));
    }

    @Test
    void anInvitationMailsTheContactAndShowsInvitedUntilAPasswordIsChosen() throws Exception {
        String email = unique("hedy") + "@example.org";
        String contactId = contact("Hedy", "Lamarr", email);
        String username = unique("hedy");

        setUp(contactId, username, List.of(), true)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("INVITED"));

        String mail = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> mailbox(email),
                messages -> messages.contains("Update Password"));
        assertThat(mail).contains("action-token");
        assertThat(credentialsOf(contactId).get("status").asString()).isEqualTo("INVITED");
        assertThat(passwordGrant(username).statusCode()).isNotEqualTo(200);

        choosePassword(realmUser(username));

        assertThat(credentialsOf(contactId).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(passwordGrant(username).statusCode()).isEqualTo(200);
    }

    @Test
    void theUserTakesTheContactsCurrentEmailAndNames() throws Exception {
        String contactId = contact("Mary", "Jackson", unique("mary") + "@example.org");
        String newEmail = unique("mary.winston") + "@example.org";
        publish(new ContactUpdated(contactId, 2, List.of(), person("Mary", "Winston Jackson", newEmail)));
        String username = unique("mary");

        setUp(contactId, username, List.of(), false).andExpect(status().isCreated());

        UserRepresentation user = realmUser(username);
        assertThat(user.getEmail()).isEqualTo(newEmail);
        assertThat(user.getLastName()).isEqualTo("Winston Jackson");
    }

    @Test
    void aContactLeavingItsCompanyIsBlockedAsAReactionToThatEvent() throws Exception {
        String email = unique("joan") + "@example.org";
        String contactId = contact("Joan", "Clarke", email);
        String username = unique("joan");
        setUp(contactId, username, List.of(), false).andExpect(status().isCreated());
        choosePassword(realmUser(username));

        ContactDetails left = person("Joan", "Clarke", email).toBuilder()
                .flags(new ContactDetails.Flags(true, false, false, false)).build();
        CloudEvent cause = publish(new ContactUpdated(contactId, 2,
                List.of(new FieldChange("flags.leftCompany", false, true)), left));

        JsonNode blocked = awaitEvent(contactId, "switchboard.AccessBlocked", event -> true);
        assertThat(blocked.get("channel").asString()).isEqualTo("SYSTEM");
        assertThat(blocked.get("causationid").asString()).isEqualTo(cause.id());
        assertThat(blocked.at("/data/reason").asString()).isEqualTo("left the company");
        assertThat(passwordGrant(username).statusCode()).isNotEqualTo(200);
        assertThat(credentialsOf(contactId).get("status").asString()).isEqualTo("BLOCKED");
    }

    @Test
    void aRestoredContactGetsBackTheAccessItsDeletionBlocked() throws Exception {
        String contactId = contact("Margaret", "Hamilton", unique("margaret") + "@example.org");
        String username = unique("margaret");
        setUp(contactId, username, List.of(), false).andExpect(status().isCreated());
        choosePassword(realmUser(username));

        publish(new ContactDeleted(contactId, 2));
        awaitEvent(contactId, "switchboard.AccessBlocked", event -> true);
        assertThat(passwordGrant(username).statusCode()).isNotEqualTo(200);

        publish(new ContactRestored(contactId, 3));
        awaitEvent(contactId, "switchboard.AccessRestored", event -> "SYSTEM".equals(event.get("channel").asString()));
        assertThat(passwordGrant(username).statusCode()).isEqualTo(200);
    }

    @Test
    void aPurgedContactLosesItsCredentialsAndItsRealmUser() throws Exception {
        String contactId = contact("Frances", "Allen", unique("frances") + "@example.org");
        String username = unique("frances");
        setUp(contactId, username, List.of(), false).andExpect(status().isCreated());

        publish(new ContactDeleted(contactId, 2));
        publish(new ContactPurged(contactId, 3));

        awaitEvent(contactId, "switchboard.CredentialsRemoved", event -> true);
        assertThat(keycloak.realm("switchboard").users().searchByUsername(username, true)).isEmpty();
    }

    @Test
    void theRealmUserFollowsTheContactsEmail() throws Exception {
        String contactId = contact("Radia", "Perlman", unique("radia") + "@example.org");
        String username = unique("radia");
        setUp(contactId, username, List.of(), false).andExpect(status().isCreated());
        String newEmail = unique("radia.perlman") + "@example.org";

        publish(new ContactUpdated(contactId, 2, List.of(new FieldChange("emails", null, newEmail)),
                person("Radia", "Perlman", newEmail)));

        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> realmUser(username).getEmail(), newEmail::equals);
    }

    @Test
    void aUserDeletedByHandInKeycloakCanStillBeBlockedAndRemoved() throws Exception {
        String contactId = contact("Sophie", "Wilson", unique("sophie") + "@example.org");
        String username = unique("sophie");
        setUp(contactId, username, List.of(), false).andExpect(status().isCreated());
        keycloak.realm("switchboard").users().delete(realmUser(username).getId()).close();

        mvc.perform(post("/api/contacts/" + contactId + "/credentials/block").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"gone\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("BLOCKED"));
        mvc.perform(delete("/api/contacts/" + contactId + "/credentials").header("Authorization", ADMIN))
                .andExpect(status().isNoContent());
    }

    @Test
    void rejectedAccessIsRevokedForGoodAndIsNotRestored() throws Exception {
        String contactId = contact("Adele", "Goldberg", unique("adele") + "@example.org");
        String username = unique("adele");
        setUp(contactId, username, List.of(), false).andExpect(status().isCreated());
        choosePassword(realmUser(username));

        mvc.perform(post("/api/contacts/" + contactId + "/credentials/reject").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"not a client\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.blockReason").value("not a client"));

        assertThat(passwordGrant(username).statusCode()).isNotEqualTo(200);
        awaitEvent(contactId, "switchboard.AccessRejected", event -> "not a client".equals(event.at("/data/reason").asString()));
        mvc.perform(post("/api/contacts/" + contactId + "/credentials/restore").header("Authorization", ADMIN))
                .andExpect(status().isConflict());
        assertThat(passwordGrant(username).statusCode()).isNotEqualTo(200);
    }

    @Test
    void aPasswordResetMailsALinkAndIsRefusedForBlockedAccess() throws Exception {
        String email = unique("ida") + "@example.org";
        String contactId = contact("Ida", "Rhodes", email);
        setUp(contactId, unique("ida"), List.of(), false).andExpect(status().isCreated());

        mvc.perform(post("/api/contacts/" + contactId + "/credentials/password-reset").header("Authorization", ADMIN))
                .andExpect(status().isAccepted());

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> mailbox(email),
                messages -> messages.contains("Update Password"));
        JsonNode requested = awaitEvent(contactId, "switchboard.PasswordResetRequested", event -> true);
        assertThat(requested.toString()).doesNotContain("password\":");
        mvc.perform(post("/api/contacts/" + contactId + "/credentials/block").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"paused\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/contacts/" + contactId + "/credentials/password-reset").header("Authorization", ADMIN))
                .andExpect(status().isConflict());
    }

    @Test
    void removedCredentialsDeleteTheUserAndMayBeSetUpAgain() throws Exception {
        String contactId = contact("Alan", "Turing", unique("alan") + "@example.org");
        String username = unique("alan");
        setUp(contactId, username, List.of(), false).andExpect(status().isCreated());

        mvc.perform(delete("/api/contacts/" + contactId + "/credentials").header("Authorization", ADMIN))
                .andExpect(status().isNoContent());

        assertThat(keycloak.realm("switchboard").users().searchByUsername(username, true)).isEmpty();
        assertThat(credentialsOf(contactId).get("status").asString()).isEqualTo("NONE");
        awaitEvent(contactId, "switchboard.CredentialsRemoved", event -> event.at("/data/version").asLong() == 2);
        setUp(contactId, username, List.of(), false).andExpect(status().isCreated());
        awaitEvent(contactId, "switchboard.CredentialsCreated", event -> event.at("/data/version").asLong() == 3);
    }

    @Test
    void aTakenUsernameIsAConflictAndCreatesNothing() throws Exception {
        String first = contact("Ada", "Lovelace", unique("ada") + "@example.org");
        String second = contact("Ada", "Byron", unique("byron") + "@example.org");
        String username = unique("ada");
        setUp(first, username, List.of(), false).andExpect(status().isCreated());

        setUp(second, username, List.of(), false)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/conflict"));

        assertThat(credentialsOf(second).get("status").asString()).isEqualTo("NONE");
    }

    @Test
    void aContactWithCredentialsCannotGetSecondOnes() throws Exception {
        String contactId = contact("Edsger", "Dijkstra", unique("edsger") + "@example.org");
        setUp(contactId, unique("edsger"), List.of(), false).andExpect(status().isCreated());

        String second = unique("edsger");
        setUp(contactId, second, List.of(), false).andExpect(status().isConflict());

        assertThat(keycloak.realm("switchboard").users().searchByUsername(second, true)).isEmpty();
    }

    @Test
    void anUnknownContactIsNotFoundAndADeletedOneIsAConflict() throws Exception {
        setUp(UUID.randomUUID().toString(), unique("nobody"), List.of(), false).andExpect(status().isNotFound());

        String contactId = contact("Barbara", "Liskov", unique("barbara") + "@example.org");
        publish(new ContactDeleted(contactId, 2));
        String username = unique("barbara");
        setUp(contactId, username, List.of(), false)
                .andExpect(status().isConflict());
        assertThat(keycloak.realm("switchboard").users().searchByUsername(username, true)).isEmpty();
    }

    @Test
    void anAdminGivesNoRoleItDoesNotHoldItself() throws Exception {
        String contactId = contact("Ken", "Thompson", unique("ken") + "@example.org");
        String username = unique("ken");

        setUp(contactId, username, List.of("super-user"), false).andExpect(status().isForbidden());

        assertThat(keycloak.realm("switchboard").users().searchByUsername(username, true)).isEmpty();
    }

    @Test
    void anUnknownRoleIsRefusedBeforeAnyUserIsMade() throws Exception {
        String contactId = contact("Dennis", "Ritchie", unique("dennis") + "@example.org");
        String username = unique("dennis");

        // an admin holding a role the realm does not know still cannot give it
        mvc.perform(put("/api/contacts/" + contactId + "/credentials")
                        .header("Authorization", dev.switchboard.platform.testkit.TestTokens.bearer(
                                dev.switchboard.platform.testkit.TestTokens.user("admin", "admin", "wizard")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("username", username, "roles", List.of("wizard")))))
                .andExpect(status().isUnprocessableContent());

        assertThat(keycloak.realm("switchboard").users().searchByUsername(username, true)).isEmpty();
    }

    @Test
    void onlyAnAdminManagesCredentials() throws Exception {
        String contactId = contact("Niklaus", "Wirth", unique("niklaus") + "@example.org");

        mvc.perform(put("/api/contacts/" + contactId + "/credentials").header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("username", unique("niklaus")))))
                .andExpect(status().isForbidden());
    }

    private ResultActions setUp(String contactId, String username, List<String> roles, boolean invite)
            throws Exception {
        return mvc.perform(put("/api/contacts/" + contactId + "/credentials").header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("username", username, "roles", roles, "sendInvitation", invite))));
    }

    private ResultActions rename(String contactId, String username) throws Exception {
        return mvc.perform(patch("/api/contacts/" + contactId + "/credentials").header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("username", username))));
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

    /** What the contact would do after an invitation: the test sets the password through the Admin API. */
    private void choosePassword(UserRepresentation user) {
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(PASSWORD);
        password.setTemporary(false);
        keycloak.realm("switchboard").users().get(user.getId()).resetPassword(password);
    }

    private static HttpResponse<String> passwordGrant(String username) throws Exception {
        String form = Map.of("grant_type", "password", "client_id", "switchboard-console", "username", username,
                        "password", PASSWORD).entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HTTP.send(HttpRequest.newBuilder(URI.create(TestKeycloak.ISSUER + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What the mail server received for the address, as its API lists it. */
    private static String mailbox(String email) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:8025/api/user/"
                + URLEncoder.encode(email, StandardCharsets.UTF_8) + "/messages/")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
