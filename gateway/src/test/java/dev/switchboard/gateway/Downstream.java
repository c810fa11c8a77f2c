package dev.switchboard.gateway;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/** A real HTTP service on a local port that records every request reaching it and answers as the test tells it. */
final class Downstream {

    record Received(String method, String uri, Map<String, List<String>> headers, String body) {

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase());
            return values == null ? null : String.join(",", values);
        }
    }

    record Answer(int status, String contentType, String body, Duration delay) {
    }

    private final String name;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Answer answer;
    private final Queue<Answer> once = new ConcurrentLinkedQueue<>();
    private volatile Map<String, String> answerHeaders = Map.of();
    private volatile DisposableServer server;
    private int port;

    Downstream(String name) {
        this.name = name;
        reset();
        start();
    }

    String name() {
        return name;
    }

    String uri() {
        return "http://127.0.0.1:" + port;
    }

    /** Back to answering 200 with its own name, and nothing received. */
    void reset() {
        received.clear();
        once.clear();
        answerHeaders = Map.of();
        answer = new Answer(200, "application/json", "{\"service\":\"" + name + "\"}", Duration.ZERO);
    }

    void answer(int status, String contentType, String body) {
        answer = new Answer(status, contentType, body, Duration.ZERO);
    }

    /** Answers with these headers too, besides the content type and the correlation id. */
    void answer(int status, String contentType, String body, Map<String, String> headers) {
        answer(status, contentType, body);
        answerHeaders = Map.copyOf(headers);
    }

    /** Answers the next request so, the ones after it as before. */
    void answerOnce(int status, String contentType, String body) {
        once.add(new Answer(status, contentType, body, Duration.ZERO));
    }

    void answerAfter(Duration delay) {
        answer = new Answer(answer.status(), answer.contentType(), answer.body(), delay);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    Received single() {
        if (received.size() != 1) {
            throw new AssertionError(name + " received " + received.size() + " requests: " + received);
        }
        return received.getFirst();
    }

    /** Stops listening, so the port refuses connections, until {@link #start()}. */
    void stop() {
        server.disposeNow();
    }

    void start() {
        server = HttpServer.create().host("127.0.0.1").port(port).handle(this::serve).bindNow();
        port = server.port();
    }

    private Mono<Void> serve(HttpServerRequest request, HttpServerResponse response) {
        return request.receive().aggregate().asString().defaultIfEmpty("").flatMap(body -> {
            Map<String, List<String>> headers = request.requestHeaders().entries().stream().collect(Collectors.groupingBy(
                    header -> header.getKey().toLowerCase(), Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
            received.add(new Received(request.method().name(), request.uri(), headers, body));
            Answer first = once.poll();
            Answer now = first == null ? answer : first;
            String correlationId = request.requestHeaders().get("X-Correlation-Id");
            // like the real services: echo the correlation id; never keep a connection, so stop() leaves nothing open
            answerHeaders.forEach(response::header);
            return Mono.delay(now.delay()).then(response.status(now.status()).keepAlive(false)
                    .header("Content-Type", now.contentType())
                    .header("X-Correlation-Id", correlationId == null ? "" : correlationId)
                    .sendString(Mono.just(now.body())).then());
        });
    }
}
