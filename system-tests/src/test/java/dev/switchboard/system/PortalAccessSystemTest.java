package dev.switchboard.system;

import static dev.switchboard.system.Gateway.created;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.stack.RealmTokens;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Portal access through the gateway, the real Keycloak and the real mail server, as a person meets it: the mail
 * arrives, its link lets the person choose a password, that password logs in, and a block really stops it.
 */
class PortalAccessSystemTest extends AsDemoUsers {

    private static final String PASSWORD = "a-portal-passphrase-2026";
    private static final Pattern ACTION_LINK = Pattern.compile("https?://[^\\s\"<>]*action-token[^\\s\"<>]*");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*(?:action-token|login-actions)[^\"]*)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

    @Test
    void anInvitationOfANewContactArrivesAndItsLinkLetsThePersonChooseAPasswordThatLogsIn() {
        String account = created(Gateway.post("/api/accounts", editor, null, "{\"name\": \"Invited Ltd\"}"));
        String email = "invited-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        HttpResponse<String> invited = Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                () -> Gateway.post("/api/invitations", admin, null, """
                        {"kind": "CLIENT", "mode": "INVITE", "contact": {"accountId": "%s", "firstName": "Ina",
                         "lastName": "Vited", "emails": [{"address": "%s"}]}}""".formatted(account, email)),
                response -> response.statusCode() != 422);
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        JsonNode credentials = Gateway.json(invited);
        assertThat(credentials.get("status").asString()).isEqualTo("INVITED");
        assertThat(Gateway.json(Gateway.get("/api/contacts/" + credentials.get("contactId").asString(), editor))
                .get("kind").asString()).isEqualTo("CLIENT");

        choosePasswordThroughTheMailedLink(email);

        assertThat(passwordGrant(email).statusCode()).isEqualTo(200);
        assertThat(Gateway.json(Gateway.get("/api/contacts/" + credentials.get("contactId").asString()
                + "/credentials", admin)).get("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void aResetMailsLinkWorksAndABlockedUsersPasswordLoginReallyFails() {
        String account = created(Gateway.post("/api/accounts", editor, null, "{\"name\": \"Blocked Ltd\"}"));
        String email = "blocked-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String contact = created(Gateway.post("/api/contacts", editor, null, """
                {"accountId": "%s", "firstName": "Bea", "lastName": "Locked", "emails": [{"address": "%s",
                 "primary": true}]}""".formatted(account, email)));
        String username = email.substring(0, email.indexOf('@'));
        HttpResponse<String> setUp = Gateway.put("/api/contacts/" + contact + "/credentials", admin,
                "{\"username\": \"" + username + "\"}");
        assertThat(setUp.statusCode()).as(setUp.body()).isEqualTo(201);

        HttpResponse<String> reset = Gateway.post("/api/contacts/" + contact + "/credentials/password-reset", admin,
                null, "");
        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(202);
        choosePasswordThroughTheMailedLink(email);
        assertThat(passwordGrant(username).statusCode()).isEqualTo(200);

        HttpResponse<String> blocked = Gateway.post("/api/contacts/" + contact + "/credentials/block", admin, null,
                "{\"reason\": \"left the programme\"}");
        assertThat(blocked.statusCode()).as(blocked.body()).isEqualTo(200);

        HttpResponse<String> login = passwordGrant(username);
        assertThat(login.statusCode()).isEqualTo(400);
        assertThat(login.body()).doesNotContain("access_token");
    }

    /** The lifecycle drives access: a contact marked as having left its company can no longer log in. */
    @Test
    void aContactWhoLeftTheCompanyIsBlockedAndCanNoLongerLogIn() {
        String account = created(Gateway.post("/api/accounts", editor, null, "{\"name\": \"Leavers Ltd\"}"));
        String email = "leaver-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String contact = created(Gateway.post("/api/contacts", editor, null, """
                {"accountId": "%s", "firstName": "Lee", "lastName": "Vers", "emails": [{"address": "%s",
                 "primary": true}]}""".formatted(account, email)));
        String username = email.substring(0, email.indexOf('@'));
        assertThat(Gateway.put("/api/contacts/" + contact + "/credentials", admin,
                "{\"username\": \"" + username + "\"}").statusCode()).isEqualTo(201);
        assertThat(Gateway.post("/api/contacts/" + contact + "/credentials/password-reset", admin, null, "")
                .statusCode()).isEqualTo(202);
        choosePasswordThroughTheMailedLink(email);
        assertThat(passwordGrant(username).statusCode()).isEqualTo(200);

        HttpResponse<String> left = Gateway.patch("/api/contacts/" + contact, editor,
                "{\"flags\": {\"leftCompany\": true}}");
        assertThat(left.statusCode()).as(left.body()).isEqualTo(200);

        JsonNode credentials = Awaitility.await().atMost(Duration.ofSeconds(60)).until(
                () -> Gateway.json(Gateway.get("/api/contacts/" + contact + "/credentials", admin)),
                body -> "BLOCKED".equals(body.path("status").asString(null)));
        assertThat(credentials.path("blockReason").asString("")).isNotBlank();
        assertThat(passwordGrant(username).statusCode()).isEqualTo(400);
    }

    /**
     * OWASP API1 (object-level authorisation): a portal user reads itself through {@code GET /api/me} and nothing of
     * any contact, its own included, through any other path of any service or the gateway.
     */
    @Test
    void aPortalUserReadsItselfThroughMeAndNothingElseOfAnyService() {
        String account = created(Gateway.post("/api/accounts", editor, null, "{\"name\": \"Portal Objects Ltd\"}"));
        String email = "portal-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String own = created(Gateway.post("/api/contacts", editor, null, """
                {"accountId": "%s", "firstName": "Paula", "lastName": "Portal", "emails": [{"address": "%s",
                 "primary": true}]}""".formatted(account, email)));
        String other = created(Gateway.post("/api/contacts", editor, null, """
                {"accountId": "%s", "firstName": "Otto", "lastName": "Other"}""".formatted(account)));
        String username = email.substring(0, email.indexOf('@'));
        HttpResponse<String> setUp = Gateway.put("/api/contacts/" + own + "/credentials", admin,
                "{\"username\": \"" + username + "\"}");
        assertThat(setUp.statusCode()).as(setUp.body()).isEqualTo(201);
        assertThat(Gateway.post("/api/contacts/" + own + "/credentials/password-reset", admin, null, "").statusCode())
                .isEqualTo(202);
        choosePasswordThroughTheMailedLink(email);
        HttpResponse<String> login = passwordGrant(username);
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        String portal = Gateway.json(login).get("access_token").asString();

        HttpResponse<String> me = Gateway.get("/api/me", portal);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body()).contains(own).doesNotContain(other);
        for (String contact : List.of(own, other)) {
            for (String path : List.of("/api/contacts/" + contact, "/api/contacts/" + contact + "/credentials",
                    "/api/contacts/" + contact + "/achievements", "/api/contacts/" + contact + "/history",
                    "/api/contacts/" + contact + "/profile", "/api/contacts/" + contact + "/personal-data")) {
                HttpResponse<String> refused = Gateway.get(path, portal);
                assertThat(refused.statusCode()).as(path + ": " + refused.body()).isEqualTo(403);
            }
        }
        for (String path : List.of("/api/contacts?size=5", "/api/accounts/" + account, "/api/accounts?size=5",
                "/api/achievements?size=5", "/api/audit?entityType=contact&entityId=" + other, "/api/webhooks",
                "/api/contacts/export?format=csv")) {
            HttpResponse<String> refused = Gateway.get(path, portal);
            assertThat(refused.statusCode()).as(path + ": " + refused.body()).isEqualTo(403);
        }
    }

    /** What the person does with the mail: follows its link and chooses a password on Keycloak's own pages. */
    private static void choosePasswordThroughTheMailedLink(String email) {
        String mails = Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> mailbox(email),
                text -> ACTION_LINK.matcher(text).find());
        Matcher link = ACTION_LINK.matcher(mails);
        link.find();
        Browser browser = new Browser();
        String page = browser.get(unescape(link.group())).body();
        for (int step = 0; step < 3 && !page.contains("password-new"); step++) {
            Matcher proceed = HREF.matcher(page);
            assertThat(proceed.find()).as(page).isTrue();
            page = browser.get(unescape(proceed.group(1))).body();
        }
        Matcher form = FORM_ACTION.matcher(page);
        assertThat(form.find()).as(page).isTrue();
        HttpResponse<String> chosen = browser.post(unescape(form.group(1)),
                form(Map.of("password-new", PASSWORD, "password-confirm", PASSWORD)));
        assertThat(chosen.statusCode()).as(chosen.body()).isLessThan(400);
        assertThat(chosen.body()).doesNotContain("password-new");
    }

    /**
     * A browser as far as Keycloak's pages need one: it follows redirects and sends back the cookies it was given.
     * Java's CookieManager would not: Keycloak marks its session cookies Secure, which browsers still send to
     * http://localhost but Java does not.
     */
    private static final class Browser {

        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private final Map<String, String> cookies = new java.util.LinkedHashMap<>();

        HttpResponse<String> get(String url) {
            return follow(HttpRequest.newBuilder(URI.create(url)).GET());
        }

        HttpResponse<String> post(String url, String form) {
            return follow(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        private HttpResponse<String> follow(HttpRequest.Builder request) {
            HttpResponse<String> response = send(http, withCookies(request).build());
            for (int hop = 0; hop < 10 && response.statusCode() / 100 == 3; hop++) {
                remember(response);
                URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
                response = send(http, withCookies(HttpRequest.newBuilder(next).GET()).build());
            }
            remember(response);
            return response;
        }

        private HttpRequest.Builder withCookies(HttpRequest.Builder request) {
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                        .collect(Collectors.joining("; ")));
            }
            return request;
        }

        private void remember(HttpResponse<String> response) {
            response.headers().allValues("Set-Cookie").forEach(cookie -> {
                String pair = cookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1));
                }
            });
        }
    }

    private static HttpResponse<String> passwordGrant(String username) {
        return send(HttpClient.newHttpClient(), HttpRequest.newBuilder(
                        URI.create(RealmTokens.SWITCHBOARD + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "password",
                        "client_id", "switchboard-console", "username", username, "password", PASSWORD))))
                .build());
    }

    /** The address's mails as the mail server's API lists them, their quoted-printable soft breaks undone. */
    private static String mailbox(String email) {
        String listed = send(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:8025/api/user/" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "/messages/"))
                .GET().build()).body();
        StringBuilder text = new StringBuilder();
        Gateway.JSON.readTree(listed).forEach(mail -> mail.properties().forEach(field -> text.append(
                field.getValue().isString() ? field.getValue().asString() : field.getValue().toString()).append('\n')));
        return text.toString().replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
    }

    private static String unescape(String url) {
        return url.replace("&amp;", "&");
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
