package dev.switchboard.platform.stacktestkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.platform.testkit.TestTokens;
import dev.switchboard.stack.RealmTokens;
import dev.switchboard.stack.StackException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The realm as the services see it: real tokens with the issuer, roles and clients the platform relies on. */
class TestKeycloakTest {

    @Test
    void aConsoleUserGetsATokenWithTheRealmIssuerAndRoles() {
        JsonNode claims = claimsOf(TestKeycloak.userToken("editor", RealmTokens.demoPassword("editor")));

        assertThat(claims.get("iss").asString()).isEqualTo(TestKeycloak.ISSUER).isEqualTo(TestTokens.ISSUER);
        assertThat(claims.get("azp").asString()).isEqualTo(TestTokens.CONSOLE);
        assertThat(claims.get("preferred_username").asString()).isEqualTo("editor");
        assertThat(claims.at("/realm_access/roles").valueStream().map(JsonNode::asString))
                .contains("editor", "viewer").doesNotContain("admin", "portal");
        assertThat(claims.get("email").asString()).isNotBlank();
    }

    @Test
    void theAdminHoldsEveryRoleButPortal() {
        JsonNode claims = claimsOf(TestKeycloak.userToken("admin", RealmTokens.demoPassword("admin")));
        assertThat(claims.at("/realm_access/roles").valueStream().map(JsonNode::asString))
                .contains("viewer", "editor", "admin", "super-user").doesNotContain("portal");
    }

    @Test
    void anotherSystemGetsATokenByClientCredentials() {
        JsonNode claims = claimsOf(TestKeycloak.clientToken(TestTokens.INTEGRATION, "integration-secret"));

        assertThat(claims.get("azp").asString()).isEqualTo(TestTokens.INTEGRATION);
        assertThat(claims.get("preferred_username").asString()).isEqualTo("service-account-switchboard-integration");
        assertThat(claims.at("/realm_access/roles").valueStream().map(JsonNode::asString)).contains("editor", "viewer");
    }

    @Test
    void consoleAndIntegrationTokensAreMeantForTheApi() {
        for (String token : new String[] {TestKeycloak.userToken("viewer", RealmTokens.demoPassword("viewer")),
                TestKeycloak.clientToken(TestTokens.INTEGRATION, "integration-secret")}) {
            JsonNode audience = claimsOf(token).get("aud");
            List<String> audiences = audience.isArray()
                    ? audience.valueStream().map(JsonNode::asString).toList() : List.of(audience.asString());
            assertThat(audiences).contains(TestTokens.AUDIENCE);
        }
    }

    @Test
    void aWrongPasswordGetsNoToken() {
        assertThatThrownBy(() -> TestKeycloak.userToken("editor", "wrong")).isInstanceOf(StackException.class)
                .hasMessageContaining("invalid_grant");
    }

    private static JsonNode claimsOf(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return JsonMapper.builder().build().readTree(payload);
    }
}
