package dev.switchboard.gateway;

import static dev.switchboard.platform.testkit.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.platform.testkit.TestTokens;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the gateway refuses by itself, each as a problem, before any service sees the request. */
@RunningGateway
class RequestLimitsTest {

    private static final String TOKEN = TestTokens.user("editor", "editor", "viewer");

    @Autowired
    WebTestClient client;
    @LocalServerPort
    int port;

    @Test
    void aBodyAnnouncedOverOneMegabyteIsAPayloadTooLargeProblem() {
        client.post().uri("/api/contacts")
                .header("Authorization", bearer(TOKEN))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new byte[1024 * 1024 + 1])
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType("application/problem+json")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://switchboard.dev/problems/payload-too-large")
                .jsonPath("$.detail").isEqualTo("The request body is larger than the 1 MB this path accepts.");
        assertThat(Downstreams.CONTACT.received()).isEmpty();
    }

    @Test
    void anAchievementsDocumentMayBeLargerThanAJsonBodyUpToItsOwnLimit() {
        client.post().uri("/api/achievements/a-1/documents")
                .header("Authorization", bearer(TOKEN))
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(new byte[5 * 1024 * 1024])
                .exchange()
                .expectStatus().isOk();
        assertThat(Downstreams.ACHIEVEMENT.single().uri()).isEqualTo("/api/achievements/a-1/documents");
        client.post().uri("/api/achievements/a-1/documents")
                .header("Authorization", bearer(TOKEN))
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(new byte[10 * 1024 * 1024 + 1])
                .exchange()
                .expectStatus().isEqualTo(413);
        client.post().uri("/api/achievements")
                .header("Authorization", bearer(TOKEN))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new byte[2 * 1024 * 1024])
                .exchange()
                .expectStatus().isEqualTo(413);
    }

    @Test
    void theAchievementIssuersPublicDocumentsNeedNoToken() {
        client.get().uri("/api/public/achievements/issuer/jwks").exchange().expectStatus().isOk();
        client.post().uri("/api/public/achievements/verify").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"number\": \"A-1\"}").exchange().expectStatus().isOk();
        assertThat(Downstreams.ACHIEVEMENT.received()).hasSize(2);
        client.get().uri("/api/achievements").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aChunkedBodyOverOneMegabyteIsAPayloadTooLargeProblemAndReachesNoService() {
        client.post().uri("/api/contacts")
                .header("Authorization", bearer(TOKEN))
                .contentType(MediaType.APPLICATION_JSON)
                .body(chunks(300, 4096), DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.type").isEqualTo("https://switchboard.dev/problems/payload-too-large");
        assertThat(Downstreams.CONTACT.received()).isEmpty();
    }

    @Test
    void aChunkedBodyUnderTheLimitReachesTheServiceWhole() {
        client.post().uri("/api/contacts")
                .header("Authorization", bearer(TOKEN))
                .contentType(MediaType.APPLICATION_JSON)
                .body(chunks(10, 1000), DataBuffer.class)
                .exchange()
                .expectStatus().isOk();
        assertThat(Downstreams.CONTACT.single().body()).hasSize(10_000);
    }

    @Test
    void aBodyOfExactlyOneMegabyteIsForwarded() {
        client.post().uri("/api/contacts")
                .header("Authorization", bearer(TOKEN))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("x".repeat(1024 * 1024))
                .exchange()
                .expectStatus().isOk();
        assertThat(Downstreams.CONTACT.single().body()).hasSize(1024 * 1024);
    }

    @Test
    void anUnencodedBracketInTheQueryIsAMalformedRequestProblem() throws IOException {
        JsonNode problem = problemOf(raw("GET /api/contacts?q[$gt]= HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Authorization: " + bearer(TOKEN) + "\r\n\r\n"), 400);

        assertThat(problem.get("type").asString()).isEqualTo("https://switchboard.dev/problems/malformed-request");
        assertThat(Downstreams.CONTACT.received()).isEmpty();
    }

    @Test
    void aBrokenEscapeInThePathIsAMalformedRequestProblem() throws IOException {
        JsonNode problem = problemOf(raw("GET /api/contacts/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 400);

        assertThat(problem.get("type").asString()).isEqualTo("https://switchboard.dev/problems/malformed-request");
    }

    @Test
    void anEncodedBracketInTheQueryIsForwarded() {
        client.get().uri(URI.create("http://localhost:" + port + "/api/contacts?q%5B%24gt%5D="))
                .header("Authorization", bearer(TOKEN))
                .exchange()
                .expectStatus().isOk();
        assertThat(Downstreams.CONTACT.single().uri()).isEqualTo("/api/contacts?q%5B%24gt%5D=");
    }

    @Test
    void aTooLongUriIsAUriTooLongProblem() throws IOException {
        JsonNode problem = problemOf(raw("GET /api/contacts?q=" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n"), 414);

        assertThat(problem.get("type").asString()).isEqualTo("https://switchboard.dev/problems/uri-too-long");
    }

    @Test
    void tooLargeHeadersAreAHeadersTooLargeProblem() throws IOException {
        JsonNode problem = problemOf(raw("GET /api/contacts HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "a".repeat(20_000)
                + "\r\n\r\n"), 431);

        assertThat(problem.get("type").asString()).isEqualTo("https://switchboard.dev/problems/headers-too-large");
    }

    @Test
    void aRefusalBeforeSpringKeepsTheCallersCorrelationId() throws IOException {
        String response = raw("GET /api/contacts/%zz HTTP/1.1\r\nHost: localhost\r\nX-Correlation-Id: trace-me-400"
                + "\r\nConnection: close\r\n\r\n");

        assertThat(response.split("\r\n\r\n", 2)[0]).containsIgnoringCase("x-correlation-id: trace-me-400");
    }

    @Test
    void aWrongMethodOnTheGatewaysOwnEndpointIsAMethodNotAllowedProblem() {
        client.post().uri("/actuator/health")
                .exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.type").isEqualTo("https://switchboard.dev/problems/method-not-allowed");
    }

    private static Flux<DataBuffer> chunks(int count, int size) {
        return Flux.range(0, count).map(i -> DefaultDataBufferFactory.sharedInstance.wrap("x".repeat(size).getBytes()));
    }

    /** Bytes as a client would send them, bypassing the checks a well-behaved HTTP client makes first. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonNode problemOf(String response, int status) {
        String[] headAndBody = response.split("\r\n\r\n", 2);
        assertThat(headAndBody[0]).startsWith("HTTP/1.1 " + status + " ")
                .containsIgnoringCase("content-type: application/problem+json");
        JsonNode problem = JsonMapper.builder().build().readTree(headAndBody[1]);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(headAndBody[1]).doesNotContain("Exception", "java.", "dev.switchboard");
        assertThat(headAndBody[0]).as("refused before Spring, still traceable in the logs")
                .containsPattern("(?i)x-correlation-id: \\S+");
        return problem;
    }
}
