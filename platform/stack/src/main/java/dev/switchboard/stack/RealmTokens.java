package dev.switchboard.stack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Access tokens from a running Keycloak realm, as a frontend or another system would get them. */
public final class RealmTokens {

    public static final String SWITCHBOARD = "http://localhost:" + Components.KEYCLOAK + "/realms/switchboard";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private RealmTokens() {
    }

    /**
     * A token of one of the realm's demo users ({@code admin}, {@code manager}, {@code editor}, {@code viewer}), by
     * its demo password.
     */
    public static String demoUser(String username) {
        return user(username, demoPassword(username));
    }

    /** The demo users' passwords, as the realm file sets them. */
    public static String demoPassword(String username) {
        return username + "-demo-pass";
    }

    /** A console user's token (password grant, for development and tests). */
    public static String user(String username, String password) {
        return password(SWITCHBOARD, "switchboard-console", username, password);
    }

    /** Another system's token (client credentials). */
    public static String client(String clientId, String secret) {
        return request(SWITCHBOARD, Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    public static String password(String realmUrl, String clientId, String username, String password) {
        return request(realmUrl, Map.of("grant_type", "password", "client_id", clientId, "username", username,
                "password", password));
    }

    private static String request(String realmUrl, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher token = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !token.find()) {
                throw new StackException("no token from " + realmUrl + " (" + response.statusCode() + "): " + response.body());
            }
            return token.group(1);
        } catch (IOException e) {
            throw new StackException("Keycloak at " + realmUrl + " did not answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while asking " + realmUrl + " for a token");
        }
    }
}
