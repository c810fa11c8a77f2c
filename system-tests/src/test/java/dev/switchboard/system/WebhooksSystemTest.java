package dev.switchboard.system;

import static dev.switchboard.system.Gateway.created;
import static org.assertj.core.api.Assertions.assertThat;

import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Another system subscribes to contact events through the gateway and receives them signed, also when it was away
 * for a while; a target inside our network is refused.
 */
class WebhooksSystemTest extends AsDemoUsers {

    private static final String SECRET = "whsec_c3dpdGNoYm9hcmQtc3lzdGVtLXRlc3Qtc2VjcmV0";

    @Test
    void aSubscriberReceivesSignedEventsAndGetsThoseMissedWhileItWasDown() throws Exception {
        Receiver receiver = new Receiver(0);
        String subscription = created(Gateway.post("/api/webhooks", admin, null, """
                {"url": "%s", "eventTypes": ["switchboard.ContactCreated", "switchboard.ContactUpdated"],
                 "secret": "%s"}""".formatted(receiver.url(), SECRET)));
        String account = created(Gateway.post("/api/accounts", editor, null, "{\"name\": \"Hooked Ltd\"}"));
        String contact = created(Gateway.post("/api/contacts", editor, null, """
                {"accountId": "%s", "firstName": "Hook", "lastName": "Receiver"}""".formatted(account)));

        Map<String, Object> request = await(() -> receiver.about(contact), found -> !found.isEmpty()).getFirst();
        String body = (String) request.get("body");
        JsonNode event = Gateway.JSON.readTree(body);
        assertThat(event.get("type").asString()).isEqualTo("switchboard.ContactCreated");
        assertThat(event.get("subject").asString()).isEqualTo(contact);
        @SuppressWarnings("unchecked")
        Map<String, List<String>> headers = (Map<String, List<String>>) request.get("headers");
        new Webhook(SECRET).verify(body, headers);

        int port = receiver.port();
        receiver.stop();
        assertThat(Gateway.patch("/api/contacts/" + contact, editor, "{\"lastName\": \"Returned\"}").statusCode())
                .isEqualTo(200);
        await(() -> Gateway.json(Gateway.get("/api/webhooks/" + subscription + "/deliveries", admin)),
                page -> page.at("/items/0/eventType").asString("").equals("switchboard.ContactUpdated")
                        && page.at("/items/0/attempts").size() >= 1);
        Receiver back = new Receiver(port);
        try {
            List<Map<String, Object>> received = await(() -> back.about(contact), found -> !found.isEmpty());
            assertThat((String) received.getFirst().get("body")).contains("switchboard.ContactUpdated", "Returned");
        } finally {
            back.stop();
        }
    }

    @Test
    void aTargetInsideOurNetworkIsRefused() {
        HttpResponse<String> refused = Gateway.post("/api/webhooks", admin, null, """
                {"url": "http://127.0.0.1:8081/api/contacts", "eventTypes": ["*"], "secret": "%s"}"""
                .formatted(SECRET));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(Gateway.json(refused).at("/errors/0/field").asString()).isEqualTo("url");
    }

    private static <T> T await(Supplier<T> call, java.util.function.Predicate<T> done) {
        // the first retry of a failed delivery comes 5 s after it (README's schedule)
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(call::get, done::test);
    }

    /** A subscriber on this machine that keeps every request with its headers (names in lower case). */
    private static final class Receiver {

        private final HttpServer server;
        private final List<Map<String, Object>> received = new CopyOnWriteArrayList<>();

        Receiver(int port) throws IOException {
            server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
            server.createContext("/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Map<String, List<String>> headers = exchange.getRequestHeaders().entrySet().stream().collect(
                        Collectors.toMap(entry -> entry.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue));
                received.add(Map.of("headers", headers, "body", body));
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://localhost:" + port() + "/switchboard-events";
        }

        int port() {
            return server.getAddress().getPort();
        }

        List<Map<String, Object>> about(String contactId) {
            return received.stream().filter(request -> ((String) request.get("body")).contains(contactId)).toList();
        }

        void stop() {
            server.stop(0);
        }
    }
}
