package dev.switchboard.contact;

import com.sun.net.httpserver.HttpServer;
import dev.switchboard.platform.testkit.JsonContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Stands in for account-service's HTTP API in contact-service's tests (its events are published for real): it
 * answers GET /api/accounts/{id} with what a test put in {@link #ACCOUNTS}, 404 for other ids, 500 for ids
 * starting with "down-", as an outage would, and 400 for ids starting with "refused-". Every test context points at it, registered in spring.factories.
 */
public class AccountServiceStub implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /**
     * The JSON account-service would answer, by account id: only fields of its real response
     * ({@link JsonContract#ACCOUNT}, which account-service's own test holds its response to), or the put fails.
     */
    public static final Map<String, String> ACCOUNTS = new ConcurrentHashMap<>() {
        @Override
        public String put(String id, String account) {
            JsonContract.ACCOUNT.assertStubbedBy(account);
            return super.put(id, account);
        }
    };
    /** How many times the stub was asked, by account id. */
    public static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();
    /** The trace headers of the last call, by account id. */
    public static final Map<String, Map<String, String>> TRACE_HEADERS = new ConcurrentHashMap<>();

    private static HttpServer server;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("account-service-stub",
                Map.of("switchboard.contacts.account-service-url", "http://127.0.0.1:" + port())));
    }

    private static synchronized int port() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/api/accounts/", exchange -> {
                String id = exchange.getRequestURI().getPath().substring("/api/accounts/".length());
                CALLS.computeIfAbsent(id, any -> new AtomicInteger()).incrementAndGet();
                Map<String, String> traceHeaders = new HashMap<>();
                for (String name : new String[] {"traceparent", "baggage"}) {
                    String value = exchange.getRequestHeaders().getFirst(name);
                    if (value != null) {
                        traceHeaders.put(name, value);
                    }
                }
                TRACE_HEADERS.put(id, traceHeaders);
                String body = ACCOUNTS.get(id);
                int status = id.startsWith("down-") ? 500 : id.startsWith("refused-") ? 400 : body == null ? 404 : 200;
                byte[] bytes = (body == null ? "{}" : body).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
        }
        return server.getAddress().getPort();
    }
}
