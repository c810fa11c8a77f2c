package dev.switchboard.system;

import static dev.switchboard.system.Gateway.created;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.stack.RealmTokens;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The OWASP API Security Top 10 (2023) checks that hold for every service, through the gateway with the realm's real
 * tokens: function-level authorisation (each role is refused what is above it), authentication (forged, unsigned,
 * self-signed and other-audience tokens), property-level authorisation (read-only fields, secrets never answered)
 * and unrestricted consumption (body size, page size).
 */
class ApiSecuritySystemTest extends AsDemoUsers {

    private static final String SECRET = "whsec_b3dhc3AtYXBpLXNlY3VyaXR5LXN5c3RlbS10ZXN0";

    @Test
    void eachRoleIsRefusedWhatIsAboveIt() {
        String viewer = RealmTokens.demoUser("viewer");
        String manager = RealmTokens.demoUser("manager");
        String account = created(Gateway.post("/api/accounts", editor, null, "{\"name\": \"Roles Checked Ltd\"}"));
        String contact = created(Gateway.post("/api/contacts", editor, null, """
                {"accountId": "%s", "firstName": "Role", "lastName": "Checked"}""".formatted(account)));

        assertProblem(Gateway.post("/api/contacts", viewer, null, """
                {"accountId": "%s", "firstName": "Not", "lastName": "Allowed"}""".formatted(account)), 403);
        assertProblem(Gateway.patch("/api/contacts/" + contact, viewer, "{\"lastName\": \"Changed\"}"), 403);
        assertProblem(Gateway.delete("/api/contacts/" + contact, editor), 403);
        assertProblem(Gateway.post("/api/webhooks", editor, null, """
                {"url": "https://93.184.215.14/hook", "eventTypes": ["*"], "secret": "%s"}""".formatted(SECRET)), 403);

        assertThat(Gateway.delete("/api/contacts/" + contact, manager).statusCode()).isEqualTo(204);
        assertProblem(Gateway.post("/api/contacts/" + contact + "/purge", manager, null, ""), 403);
        assertThat(Gateway.post("/api/contacts/" + contact + "/purge", admin, null, "").statusCode()).isEqualTo(204);
    }

    @Test
    void onlyGenuineTokensIssuedForTheApiPass() throws Exception {
        String[] parts = editor.split("\\.");
        String payload = decode(parts[1]);
        String promoted = encode(payload.replace("\"editor\"", "\"super-user\""));
        String unsigned = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
        String selfSigned = hs256(decode(parts[0]).replace("RS256", "HS256"), payload);
        // a genuine token of the realm, but of Keycloak's own admin-cli client, whose audience is not the API
        String otherAudience = RealmTokens.password(RealmTokens.SWITCHBOARD, "admin-cli", "editor",
                RealmTokens.demoPassword("editor"));

        for (String token : new String[] {parts[0] + "." + promoted + "." + parts[2], unsigned, selfSigned,
                otherAudience, "not-a-token"}) {
            assertProblem(Gateway.get("/api/contacts?size=1", token), 401);
        }
        assertProblem(Gateway.get("/api/contacts?size=1", null), 401);
        assertThat(Gateway.get("/api/contacts?size=1", editor).statusCode()).isEqualTo(200);
    }

    @Test
    void readOnlyFieldsAreRefusedByNameAndSecretsAreNeverAnswered() {
        String account = created(Gateway.post("/api/accounts", editor, null, "{\"name\": \"Read Only Ltd\"}"));
        String contact = created(Gateway.post("/api/contacts", editor, null, """
                {"accountId": "%s", "firstName": "Read", "lastName": "Only"}""".formatted(account)));

        HttpResponse<String> refused = Gateway.patch("/api/contacts/" + contact, editor, "{\"id\": \"someone-else\"}");
        assertProblem(refused, 400);
        assertThat(Gateway.json(refused).at("/errors/0/field").asString()).isEqualTo("id");
        assertProblem(Gateway.patch("/api/accounts/" + account, editor, "{\"createdAt\": \"2020-01-01T00:00:00Z\"}"),
                400);

        String webhook = created(Gateway.post("/api/webhooks", admin, null, """
                {"url": "https://93.184.215.14/hook", "eventTypes": ["switchboard.AccountCreated"], "secret": "%s"}"""
                .formatted(SECRET)));
        String secretKey = SECRET.substring("whsec_".length());
        assertThat(Gateway.get("/api/webhooks/" + webhook, admin).body()).doesNotContain(secretKey, "\"secret\"");
        assertThat(Gateway.get("/api/webhooks", admin).body()).doesNotContain(secretKey);
    }

    @Test
    void oversizedBodiesAndPagesAreRefused() {
        String huge = "{\"name\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        assertProblem(Gateway.post("/api/accounts", editor, null, huge), 413);
        assertProblem(Gateway.get("/api/contacts?size=100000", editor), 400);
        assertProblem(Gateway.get("/api/accounts?size=100000", editor), 400);
        assertProblem(Gateway.get("/api/audit?entityType=contact&size=100000", editor), 400);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A token with the real header's key id, signed with a key of our own. */
    private static String hs256(String header, String payload) throws Exception {
        String signingInput = encode(header) + "." + encode(payload);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("an attacker's own key, 32 bytes!".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return signingInput + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(
                        signingInput.getBytes(StandardCharsets.UTF_8)));
    }
}
