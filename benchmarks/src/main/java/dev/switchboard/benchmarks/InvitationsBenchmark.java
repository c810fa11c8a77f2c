package dev.switchboard.benchmarks;

import dev.switchboard.stack.RealmTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 14's numbers, against the running stack: a bulk invitation of {@code contacts} new contacts (created through
 * the gateway first, not timed), each a real Keycloak user mailed by the real mail server. It reports the job's total
 * time, invitations per second, and Keycloak's share: the time identity-service's calls to the Admin API took (its
 * "keycloak" circuit breaker's call timer), over the time its workers had. Appended to {@code .switchboard/benchmarks.md}.
 */
public final class InvitationsBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CALL_SECONDS = Pattern.compile(
            "resilience4j_circuitbreaker_calls_seconds_sum\\{[^}]*kind=\"successful\"[^}]*name=\"keycloak\"[^}]*} (\\S+)");
    private static final int WORKERS = 4;

    private final Gateway gateway = new Gateway();
    private final Report report = new Report();

    public static void main(String[] args) throws Exception {
        Path state = Path.of(args[0]);
        int contacts = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        new InvitationsBenchmark().run(state, contacts);
    }

    private void run(Path state, int count) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String account = created(gateway.post("/api/accounts", "{\"name\": \"Invitations " + run + "\"}"));
        List<String> contacts = create(count, account, run);
        double keycloakBefore = keycloakSeconds();
        long started = System.nanoTime();
        HttpResponse<String> accepted = gateway.post("/api/invitations/bulk", JSON.writeValueAsString(java.util.Map.of(
                "contactIds", contacts, "kind", "CLIENT", "mode", "INVITE")));
        Gateway.require(accepted, 202);
        String job = JSON.readTree(accepted.body()).get("id").asString();
        JsonNode progress;
        do {
            Thread.sleep(500);
            progress = JSON.readTree(gateway.get("/api/invitations/bulk/" + job).body());
        } while (!"DONE".equals(progress.get("state").asString()));
        double took = Report.seconds(started);
        double keycloak = keycloakSeconds() - keycloakBefore;
        report.line("bulk invitation of %,d contacts (kind CLIENT, mode INVITE): %,d invited, %,d failed in %.1f s = %.1f"
                + " invitations per second", count, progress.get("invited").asInt(), progress.get("failed").asInt(),
                took, count / took);
        report.line("Keycloak's share: its Admin API calls took %.1f s of the %d workers' %.1f s = %.0f %%", keycloak,
                WORKERS, WORKERS * took, 100 * keycloak / (WORKERS * took));
        if (progress.get("failed").asInt() > 0) {
            report.line("first failure: %s", progress.at("/failures/0/reason").asString());
        }
        report.appendTo(state, "bulk invitation (" + Runtime.getRuntime().availableProcessors() + " cores)");
    }

    private List<String> create(int count, String account, String run) throws Exception {
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        ids.add(created(gateway.post("/api/contacts", """
                                {"accountId": "%s", "firstName": "Invitee", "lastName": "Number%d",
                                 "emails": [{"address": "invitee-%s-%d@example.org", "primary": true}]}"""
                                .formatted(account, i, run, i))));
                    }
                }));
            }
            for (Future<?> task : running) {
                task.get();
            }
        }
        report.line("(setup: %,d contacts created through the gateway in %.1f s)", count, Report.seconds(started));
        return ids;
    }

    /** What identity-service's successful calls to Keycloak took so far, from its metrics. */
    private static double keycloakSeconds() throws Exception {
        HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:8083/actuator/prometheus"))
                .header("Authorization", "Bearer " + RealmTokens.demoUser("admin")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher found = CALL_SECONDS.matcher(metrics.body());
        return found.find() ? Double.parseDouble(found.group(1)) : 0;
    }

    private static String created(HttpResponse<String> response) {
        Gateway.require(response, 201);
        return JSON.readTree(response.body()).get("id").asString();
    }



}
