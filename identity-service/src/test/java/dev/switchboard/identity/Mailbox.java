package dev.switchboard.identity;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.awaitility.Awaitility;

/** The mail server's inboxes (GreenMail's REST API, which TestKeycloak starts beside Keycloak). */
public final class Mailbox {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Mailbox() {
    }

    /** What the mail server received for the address, as its API lists it (JSON; "[]" when nothing). */
    public static String of(String email) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:8025/api/user/"
                            + URLEncoder.encode(email, StandardCharsets.UTF_8) + "/messages/")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The address's mails once one that contains {@code text} has arrived. */
    public static String awaitMail(String email, String text) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> of(email), mails -> mails.contains(text));
    }
}
