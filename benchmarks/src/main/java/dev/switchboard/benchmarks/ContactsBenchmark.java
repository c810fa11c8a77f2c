package dev.switchboard.benchmarks;

import dev.switchboard.stack.Stack;
import dev.switchboard.stack.StartReport;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue #3's numbers, measured on the running stack through the gateway: search latency for q plus two filters
 * over a million contacts, create throughput, and export rate. Usage: {@code ./benchmark [contacts] [searches]
 * [creates]}; results are printed and appended to {@code .switchboard/benchmarks.md}.
 */
public final class ContactsBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Gateway gateway = new Gateway();
    private final Random random = new Random(7);
    private final Report report = new Report();

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path state = Path.of(args[1]);
        long contacts = args.length > 2 ? Long.parseLong(args[2]) : 1_000_000;
        int searches = args.length > 3 ? Integer.parseInt(args[3]) : 1_000;
        int creates = args.length > 4 ? Integer.parseInt(args[4]) : 2_000;
        new ContactsBenchmark().run(Stack.of(root, state), state, contacts, searches, creates);
    }

    private void run(Stack stack, Path state, long total, int searches, int creates) throws Exception {
        stack.up(System.out, Duration.ofMinutes(5));
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            accounts.add(created(gateway.post("/api/accounts", "{\"name\": \"Benchmark Account " + i + "\"}")));
        }
        long added;
        try (ContactSeeder seeder = new ContactSeeder()) {
            long started = System.nanoTime();
            added = seeder.seedUpTo(total, accounts);
            report.line("seeded %,d contacts straight into MongoDB in %.0f s (now %,d)", added, Report.seconds(started), seeder.count());
        }
        if (added > 0) {
            // contact-service learns of contacts written behind its back only by rebuilding its index at start
            StartReport restart = stack.restart(System.out, Duration.ofMinutes(30), "contact-service");
            report.line("contact-service restarted and ready (search index rebuilt from MongoDB) after %.1f s",
                    restart.timeToReady().get("contact-service").toMillis() / 1000.0);
        }
        awaitAccountsKnown(accounts);
        search(searches);
        if (creates > 0) {
            create(creates, accounts);
        }
        export();
        report.appendTo(state, total + " contacts");
    }

    /** q is a name prefix of 2 to 4 letters, the filters are kind and tag: what a list screen asks most. */
    private void search(int count) {
        Latencies latencies = new Latencies(count);
        long matches = 0;
        for (int i = -200; i < count; i++) {
            String first = ContactSeeder.plain(ContactSeeder.FIRST.get(random.nextInt(ContactSeeder.FIRST.size())));
            String q = first.substring(0, Math.min(first.length(), 2 + random.nextInt(3)));
            String tag = ContactSeeder.TAGS.get(random.nextInt(ContactSeeder.TAGS.size()));
            long started = System.nanoTime();
            HttpResponse<String> response = gateway.get("/api/contacts?q=" + q + "&kind=CLIENT&tag=" + tag);
            long took = System.nanoTime() - started;
            if (i >= 0) {
                // the first requests after a start may outlast the gateway's timeout while caches fill
                Gateway.require(response, 200);
                latencies.add(took);
                matches += JSON.readTree(response.body()).get("totalElements").asLong();
            }
        }
        report.line("search q+kind+tag (first page of 20), %d requests after 200 warm-up, one at a time: p50 %.1f ms, "
                + "p95 %.1f ms, p99 %.1f ms, max %.1f ms; %,d matches per query on average", latencies.count(),
                latencies.percentile(50), latencies.percentile(95), latencies.percentile(99), latencies.percentile(100),
                matches / Math.max(1, latencies.count()));
    }

    private void create(int count, List<String> accounts) throws Exception {
        int clients = 4;
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        Gateway.require(gateway.post("/api/contacts", """
                                {"accountId": "%s", "firstName": "Created", "lastName": "Number%d",
                                 "emails": [{"address": "created%d@example.org"}], "tags": ["benchmark"]}"""
                                .formatted(accounts.get(i % accounts.size()), i, i)), 201);
                    }
                }));
            }
            for (Future<?> task : running) {
                task.get();
            }
        }
        double took = Report.seconds(started);
        report.line("create through the gateway, %d clients: %,d contacts in %.1f s = %.0f per second", clients, count, took,
                count / took);
    }

    private void export() throws IOException {
        long started = System.nanoTime();
        HttpResponse<InputStream> response = gateway.stream("/api/contacts/export?format=csv");
        long bytes = 0;
        long rows = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream body = response.body()) {
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                bytes += read;
                for (int i = 0; i < read; i++) {
                    rows += buffer[i] == '\n' ? 1 : 0;
                }
            }
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("export answered " + response.statusCode());
        }
        double took = Report.seconds(started);
        report.line("export of every contact as CSV through the gateway: %,d lines (%,d MB) in %.1f s = %,.0f rows per second",
                rows, bytes / 1_000_000, took, rows / took);
    }

    /** Contact-service learns of new accounts from their events; creating contacts in them waits for that. */
    private void awaitAccountsKnown(List<String> accounts) throws InterruptedException {
        for (int attempt = 0; attempt < 120; attempt++) {
            HttpResponse<String> probe = gateway.post("/api/contacts", "{\"accountId\": \"" + accounts.getFirst()
                    + "\", \"firstName\": \"Probe\", \"lastName\": \"Benchmark\"}");
            if (probe.statusCode() == 201) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("contact-service never accepted the benchmark accounts");
    }

    private static String created(HttpResponse<String> response) {
        Gateway.require(response, 201);
        return JSON.readTree(response.body()).get("id").asString();
    }



}
