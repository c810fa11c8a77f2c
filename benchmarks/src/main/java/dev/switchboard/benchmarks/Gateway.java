package dev.switchboard.benchmarks;

import dev.switchboard.stack.RealmTokens;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** Calls through the gateway as the demo admin, with a token renewed before it expires. */
final class Gateway {

    private static final String BASE = "http://localhost:8080";
    private static final Duration TOKEN_LIFE = Duration.ofMinutes(4);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile String token;
    private volatile Instant tokenTaken = Instant.EPOCH;

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<InputStream> stream(String path) {
        return send(request(path).GET().timeout(Duration.ofHours(1)).build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token());
    }

    private synchronized String token() {
        if (Instant.now().isAfter(tokenTaken.plus(TOKEN_LIFE))) {
            token = RealmTokens.demoUser("admin");
            tokenTaken = Instant.now();
        }
        return token;
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the benchmark when the gateway did not answer as a working system would. */
    static void require(HttpResponse<?> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }
}
