package dev.switchboard.identity;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.switchboard.events.contact.ContactCreated;
import dev.switchboard.events.contact.ContactDetails;
import dev.switchboard.events.contact.ContactDetails.EmailAddress;
import dev.switchboard.platform.events.CloudEventCodec;
import dev.switchboard.platform.events.Topics;
import dev.switchboard.platform.testkit.OtherService;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * contact-service as identity-service's tests need it, found by the service's component scan in every test context:
 * a create answers 201 and publishes ContactCreated a moment later (as contact-service's outbox would), group members
 * are listed, a contact joins a group. A contact whose first name is "Refused" is refused with 422, as contact-service
 * refuses what breaks its rules. It records every request, with its Authorization header.
 */
@Component
public class FakeContactService implements SmartLifecycle {

    public record Received(String method, String path, String authorization, JsonNode body) {
    }

    private final int port;
    private final OtherService contactService;
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, List<String>> groupsByContact = new ConcurrentHashMap<>();
    private final Map<String, String> createdByEmail = new ConcurrentHashMap<>();
    private final ScheduledExecutorService outbox = Executors.newSingleThreadScheduledExecutor();
    private HttpServer server;

    FakeContactService(@Value("${fake-contact-service.port:18381}") int port, KafkaTemplate<String, String> kafka) {
        this.port = port;
        this.contactService = new OtherService("contact-service", kafka, new CloudEventCodec());
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Makes the contact a member of the group, as contact-service would list it. */
    public void addToGroup(String contactId, String groupId) {
        groupsByContact.computeIfAbsent(contactId, id -> new CopyOnWriteArrayList<>()).add(groupId);
    }

    /** The id of the contact created with this (first) email, if one was. */
    public String createdWith(String email) {
        return createdByEmail.get(email);
    }

    public List<String> groupsOf(String contactId) {
        return groupsByContact.getOrDefault(contactId, List.of());
    }

    @Override
    public void start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " for the fake contact-service is taken", e);
        }
        server.createContext("/api/contacts", this::handle);
        server.start();
    }

    @Override
    public void stop() {
        server.stop(0);
        outbox.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                exchange.getRequestHeaders().getFirst("Authorization"), body.isEmpty() ? null : json.readTree(body)));
        switch (exchange.getRequestMethod()) {
            case "POST" -> create(exchange, json.readTree(body));
            case "GET" -> {
                if (path.equals("/api/contacts")) {
                    members(exchange, exchange.getRequestURI().getQuery());
                } else {
                    String id = path.substring("/api/contacts/".length());
                    ObjectNode contact = json.createObjectNode().put("id", id);
                    groupsOf(id).forEach(contact.putArray("groups")::add);
                    answer(exchange, 200, contact.toString());
                }
            }
            case "PATCH" -> {
                String id = path.substring("/api/contacts/".length());
                List<String> groups = new ArrayList<>();
                json.readTree(body).path("groups").forEach(group -> groups.add(group.asString()));
                groupsByContact.put(id, new CopyOnWriteArrayList<>(groups));
                answer(exchange, 200, json.createObjectNode().put("id", id).toString());
            }
            default -> answer(exchange, 405, "{}");
        }
    }

    private void create(HttpExchange exchange, JsonNode contact) throws IOException {
        if ("Refused".equals(contact.path("firstName").asString())) {
            answer(exchange, 422, "{\"type\":\"https://switchboard.dev/problems/unprocessable\",\"status\":422,"
                    + "\"detail\":\"Account 'acc-1' is inactive.\"}");
            return;
        }
        String id = UUID.randomUUID().toString();
        List<EmailAddress> emails = new ArrayList<>();
        contact.path("emails").forEach(email -> emails.add(new EmailAddress(email.path("address").asString(),
                email.path("primary").asBoolean())));
        ContactDetails details = ContactDetails.builder().firstName(contact.path("firstName").asString())
                .lastName(contact.path("lastName").asString()).emails(emails).build();
        contact.path("groups").forEach(group -> addToGroup(id, group.asString()));
        emails.stream().findFirst().ifPresent(email -> createdByEmail.put(email.address(), id));
        answer(exchange, 201, json.createObjectNode().put("id", id).toString());
        outbox.schedule(() -> {
            try {
                contactService.publish(Topics.CONTACTS, new ContactCreated(id, 1, details,
                        contact.path("accountId").asString()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, 300, TimeUnit.MILLISECONDS);
    }

    private void members(HttpExchange exchange, String query) throws IOException {
        String group = java.net.URLDecoder.decode(query.replaceAll(".*group=([^&]*).*", "$1"), StandardCharsets.UTF_8);
        ObjectNode page = json.createObjectNode();
        var items = page.putArray("items");
        groupsByContact.forEach((id, groups) -> {
            if (groups.contains(group)) {
                items.addObject().put("id", id);
            }
        });
        page.put("page", 0).put("size", items.size()).put("totalElements", items.size()).put("totalPages", 1);
        answer(exchange, 200, page.toString());
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status >= 400 ? "application/problem+json"
                : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
