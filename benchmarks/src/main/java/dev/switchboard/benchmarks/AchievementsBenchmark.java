package dev.switchboard.benchmarks;

import dev.switchboard.stack.Stack;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue #15's numbers, measured on the running stack through the gateway: issuing achievements, each with its
 * certificate PDF drawn and stored in the same request, by 4 clients; then redrawing certificates one at a time
 * (refresh-documents), which is the certificate's cost alone. Usage: {@code ./benchmark achievements [issues]
 * [refreshes]}; results are printed and appended to {@code .switchboard/benchmarks.md}.
 */
public final class AchievementsBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int CONTACTS = 100;
    private static final int CLIENTS = 4;
    private static final String[][] NAMES = {{"Zoë", "Ångström"}, {"Łukasz", "Żółć"}, {"Šárka", "Dvořák"},
            {"Björn", "Øvergård"}, {"Ágnes", "Győri"}, {"İlkay", "Şahin"}, {"Jürgen", "Großmann"}, {"Ana", "Peña"}};

    private final Gateway gateway = new Gateway();
    private final Report report = new Report();

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path state = Path.of(args[1]);
        int issues = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        int refreshes = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        new AchievementsBenchmark().run(Stack.of(root, state), state, issues, refreshes);
    }

    private void run(Stack stack, Path state, int issues, int refreshes) throws Exception {
        stack.up(System.out, Duration.ofMinutes(5));
        String account = id(gateway.post("/api/accounts", "{\"name\": \"Achievements Benchmark\"}"), 201);
        List<String> contacts = contacts(account);
        String definition = id(gateway.post("/api/achievements/definitions", """
                {"name": "Benchmark certificate", "description": "Took part in the benchmark",
                 "criteria": "Was issued by the benchmark", "validityPeriod": "P2Y", "brand": "Switchboard Academy",
                 "numberPattern": "BM%d-{yyyy}-{seq:6}"}""".formatted(System.currentTimeMillis() % 100_000)), 201);
        List<String> issued = issue(issues, contacts, definition);
        refresh(issued.subList(0, Math.min(refreshes, issued.size())));
        report.appendTo(state, issues + " achievements");
    }

    /** Contacts named with Latin letters beyond Latin-1, so every certificate needs the embedded font. */
    private List<String> contacts(String account) throws InterruptedException {
        List<String> contacts = new ArrayList<>();
        for (int i = 0; contacts.size() < CONTACTS; i++) {
            String[] name = NAMES[i % NAMES.length];
            HttpResponse<String> response = gateway.post("/api/contacts", """
                    {"accountId": "%s", "firstName": "%s", "lastName": "%s %d"}""".formatted(account, name[0], name[1], i));
            if (response.statusCode() == 201) {
                contacts.add(JSON.readTree(response.body()).get("id").asString());
            } else if (contacts.isEmpty() && i < 120) {
                // contact-service learns of the new account from its event first
                Thread.sleep(500);
            } else {
                throw new IllegalStateException("creating a contact answered " + response.statusCode() + ": " + response.body());
            }
        }
        return contacts;
    }

    private List<String> issue(int count, List<String> contacts, String definition) throws Exception {
        AtomicInteger next = new AtomicInteger();
        Latencies latencies = new Latencies(count);
        ConcurrentLinkedQueue<String> issued = new ConcurrentLinkedQueue<>();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long sent = System.nanoTime();
                        HttpResponse<String> response = gateway.post("/api/achievements", """
                                {"contactId": "%s", "definitionId": "%s",
                                 "issuedBy": {"type": "EVENT", "id": "benchmark", "name": "Benchmark day"}}"""
                                .formatted(contacts.get(i % contacts.size()), definition));
                        latencies.add(System.nanoTime() - sent);
                        issued.add(id(response, 201));
                    }
                    return null;
                }));
            }
            for (Future<?> task : running) {
                task.get();
            }
        }
        double took = Report.seconds(started);
        report.line("issue with certificate through the gateway, %d clients: %,d achievements in %.1f s = %.1f per second;"
                + " latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms", CLIENTS, count, took, count / took,
                latencies.percentile(50), latencies.percentile(95), latencies.percentile(99));
        return new ArrayList<>(issued);
    }

    /** Redrawing a certificate is the certificate's work alone: read the contact, draw, store, record. */
    private void refresh(List<String> achievements) {
        Latencies latencies = new Latencies(achievements.size());
        long bytes = 0;
        for (String achievement : achievements) {
            long sent = System.nanoTime();
            HttpResponse<String> response = gateway.post("/api/achievements/" + achievement + "/refresh-documents", "");
            latencies.add(System.nanoTime() - sent);
            Gateway.require(response, 200);
            bytes += JSON.readTree(response.body()).at("/documents/0/size").asLong();
        }
        report.line("certificate redrawn (refresh-documents), one at a time: %d documents, p50 %.1f ms, p95 %.1f ms,"
                + " p99 %.1f ms per document; %,d bytes per PDF on average", latencies.count(),
                latencies.percentile(50), latencies.percentile(95), latencies.percentile(99),
                bytes / Math.max(1, latencies.count()));
    }

    private static String id(HttpResponse<String> response, int status) {
        Gateway.require(response, status);
        JsonNode body = JSON.readTree(response.body());
        return body.get("id").asString();
    }



}
