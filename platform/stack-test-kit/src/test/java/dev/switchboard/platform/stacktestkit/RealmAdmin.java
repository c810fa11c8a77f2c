package dev.switchboard.platform.stacktestkit;

import dev.switchboard.platform.testkit.TestTokens;
import dev.switchboard.stack.RealmTokens;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Plain HTTP against the running realm: its Admin API as identity-service calls it, and its OIDC endpoints. */
final class RealmAdmin {

    static final String IDENTITY_CLIENT = "switchboard-identity";
    static final String IDENTITY_SECRET = "identity-secret";
    static final String ADMIN_API = "http://localhost:8180/admin/realms";

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private RealmAdmin() {
    }

    static String identityServiceToken() {
        return TestKeycloak.clientToken(IDENTITY_CLIENT, IDENTITY_SECRET);
    }

    static HttpResponse<String> send(String method, String uri, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Authorization", "Bearer " + token);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.build());
    }

    /** A password grant of the console client, answered as it is (no token on failure, unlike {@link RealmTokens}). */
    static HttpResponse<String> passwordGrant(String username, String password, Map<String, String> headers) {
        return passwordGrant(TestTokens.CONSOLE, username, password, headers);
    }

    /** A password grant of the given (public) client, answered as it is. */
    static HttpResponse<String> passwordGrant(String clientId, String username, String password,
            Map<String, String> headers) {
        String form = Map.of("grant_type", "password", "client_id", clientId, "username", username,
                        "password", password).entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestKeycloak.ISSUER + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        headers.forEach(request::header);
        return send(request.build());
    }

    static HttpResponse<String> get(String uri) {
        return send(HttpRequest.newBuilder(URI.create(uri)).GET().build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        TestKeycloak.start();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
