package dev.switchboard.platform.stacktestkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.platform.testkit.TestTokens;
import dev.switchboard.stack.RealmTokens;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The realm's own defences, against the real Keycloak: lockout, password policy, the console's origin, least roles. */
class RealmRulesTest {

    private static final String USERS = RealmAdmin.ADMIN_API + "/switchboard/users";
    private static final String STRONG = "a-long-enough-passphrase";

    private final JsonMapper json = JsonMapper.builder().build();
    private String userId;

    @AfterEach
    void removeTheUser() {
        if (userId != null) {
            RealmAdmin.send("DELETE", USERS + "/" + userId, RealmAdmin.identityServiceToken(), null);
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccountSoEvenTheRightOneIsRefused() {
        String username = newUser(STRONG);
        assertThat(RealmAdmin.passwordGrant(username, STRONG, Map.of()).statusCode()).isEqualTo(200);

        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> wrong = RealmAdmin.passwordGrant(username, "wrong-guess-" + attempt, Map.of());
            assertThat(wrong.body()).contains("invalid_grant");
        }

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(json.readTree(RealmAdmin.send("GET",
                RealmAdmin.ADMIN_API + "/switchboard/attack-detection/brute-force/users/" + userId,
                RealmAdmin.identityServiceToken(), null).body()).get("disabled").asBoolean()).isTrue());
        HttpResponse<String> rightPassword = RealmAdmin.passwordGrant(username, STRONG, Map.of());
        assertThat(rightPassword.statusCode()).isNotEqualTo(200);
        assertThat(rightPassword.body()).doesNotContain("access_token");
    }

    @Test
    void aShortPasswordIsRefusedByThePolicy() {
        newUser(STRONG);

        HttpResponse<String> reset = RealmAdmin.send("PUT", USERS + "/" + userId + "/reset-password",
                RealmAdmin.identityServiceToken(), "{\"type\":\"password\",\"value\":\"short-pass\",\"temporary\":false}");

        assertThat(reset.statusCode()).isEqualTo(400);
        assertThat(reset.body()).contains("invalidPasswordMinLength");
    }

    @Test
    void aPasswordEqualToTheUsernameIsRefusedByThePolicy() {
        String username = newUser(STRONG);

        HttpResponse<String> reset = RealmAdmin.send("PUT", USERS + "/" + userId + "/reset-password",
                RealmAdmin.identityServiceToken(), "{\"type\":\"password\",\"value\":\"" + username + "\",\"temporary\":false}");

        assertThat(reset.statusCode()).isEqualTo(400);
        assertThat(reset.body()).contains("invalidPasswordNotUsername");
    }

    @Test
    void theIdentityServiceManagesUsersOfThisRealmAndMayOnlyWriteContactsBesides() {
        String token = RealmAdmin.identityServiceToken();
        JsonNode claims = json.readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));

        assertThat(claims.at("/resource_access/realm-management/roles").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("manage-users", "view-realm", "view-events");
        // a self-registered person's contact is created through contact-service's API under identity-service's own
        // name: an editor's rights there, and no admin's
        assertThat(claims.at("/realm_access/roles").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("editor", "viewer");
        assertThat(claims.at("/resource_access/account").isMissingNode()).isTrue();

        assertThat(RealmAdmin.send("GET", RealmAdmin.ADMIN_API + "/switchboard/roles/portal", token, null).statusCode())
                .isEqualTo(200);
        assertThat(RealmAdmin.send("GET", RealmAdmin.ADMIN_API + "/switchboard/clients", token, null).statusCode())
                .isEqualTo(403);
        assertThat(RealmAdmin.send("GET", RealmAdmin.ADMIN_API + "/master/users", token, null).statusCode())
                .isEqualTo(403);
    }

    @Test
    void onlyAnAdminMayEditAUsernameSoAPortalUserCannotRenameItself() {
        JsonNode profile = json.readTree(RealmAdmin.send("GET", RealmAdmin.ADMIN_API + "/switchboard/users/profile",
                RealmAdmin.identityServiceToken(), null).body());

        JsonNode username = profile.get("attributes").valueStream()
                .filter(attribute -> "username".equals(attribute.get("name").asString())).findFirst().orElseThrow();
        assertThat(username.at("/permissions/edit").valueStream().map(JsonNode::asString)).containsExactly("admin");
        assertThat(username.at("/permissions/view").valueStream().map(JsonNode::asString)).contains("user");
    }

    @Test
    void aUsersOwnAccountApiRefusesToChangeItsUsernameButSavesTheRestOfItsProfile() {
        String username = newUser(STRONG);
        // admin-cli is in every realm and grants any user a token the account API takes: the way a user would try
        String token = json.readTree(RealmAdmin.passwordGrant("admin-cli", username, STRONG, Map.of()).body())
                .get("access_token").asString();
        String account = TestKeycloak.ISSUER + "/account/";
        String profile = """
                {"username":"%s","email":"%s@example.org","firstName":"Rita","lastName":"%s"}""";

        HttpResponse<String> renamed = RealmAdmin.send("POST", account, token,
                profile.formatted(username + "-renamed", username, "Rules"));
        HttpResponse<String> otherwiseChanged = RealmAdmin.send("POST", account, token,
                profile.formatted(username, username, "Renamed"));

        assertThat(renamed.statusCode()).isEqualTo(400);
        assertThat(renamed.body()).contains("error-user-attribute-read-only");
        assertThat(otherwiseChanged.statusCode()).isEqualTo(204);
        JsonNode user = json.readTree(RealmAdmin.send("GET", USERS + "/" + userId, RealmAdmin.identityServiceToken(),
                null).body());
        assertThat(user.get("username").asString()).isEqualTo(username);
        assertThat(user.get("lastName").asString()).isEqualTo("Renamed");
    }

    @Test
    void aPasswordLoginIsSavedAsTheUsersLoginEvent() {
        String username = newUser(STRONG);

        assertThat(RealmAdmin.passwordGrant(username, STRONG, Map.of()).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(json.readTree(RealmAdmin.send("GET",
                RealmAdmin.ADMIN_API + "/switchboard/events?type=LOGIN&user=" + userId,
                RealmAdmin.identityServiceToken(), null).body()).valueStream()
                .map(event -> event.get("type").asString())).containsExactly("LOGIN"));
    }

    @Test
    void theConsoleRedirectsOnlyToTheGatewaysOrigin() {
        assertThat(authorize("http://localhost:8080/").statusCode()).isEqualTo(200);
        assertThat(authorize("http://127.0.0.1:8080/swagger-ui/oauth2-redirect.html").statusCode()).isEqualTo(200);
        assertThat(authorize("http://localhost:8081/").statusCode()).isEqualTo(400);
        assertThat(authorize("http://localhost:8080/elsewhere").statusCode()).isEqualTo(400);
    }

    @Test
    void aBrowserOnTheGatewaysOriginMayCallTheRealmAndNoOtherOrigin() {
        HttpResponse<String> fromGateway = RealmAdmin.passwordGrant("viewer", RealmTokens.demoPassword("viewer"),
                Map.of("Origin", "http://localhost:8080"));
        HttpResponse<String> fromElsewhere = RealmAdmin.passwordGrant("viewer", RealmTokens.demoPassword("viewer"),
                Map.of("Origin", "http://localhost:3000"));

        assertThat(fromGateway.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:8080");
        assertThat(fromElsewhere.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private HttpResponse<String> authorize(String redirectUri) {
        return RealmAdmin.get(TestKeycloak.ISSUER + "/protocol/openid-connect/auth?response_type=code&client_id="
                + TestTokens.CONSOLE + "&scope=openid&code_challenge_method=S256"
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
                + "&redirect_uri=" + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8));
    }

    /** A user made through the Admin API as identity-service makes one; its id is kept for removal. */
    private String newUser(String password) {
        String username = "realm-rules-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = RealmAdmin.send("POST", USERS, RealmAdmin.identityServiceToken(), """
                {"username":"%s","enabled":true,"email":"%s@example.org","emailVerified":true,"firstName":"Rita",\
                "lastName":"Rules","credentials":[{"type":"password","value":"%s","temporary":false}]}"""
                .formatted(username, username, password));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        userId = location.substring(location.lastIndexOf('/') + 1);
        return username;
    }
}
