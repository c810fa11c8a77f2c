package dev.switchboard.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.platform.testkit.ServiceTest;
import dev.switchboard.platform.testkit.TestTokens;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What Tomcat itself refuses, before Spring sees the request, over a real socket. */
@ServiceTest
class ContainerRejectionsTest {

    @LocalServerPort
    int port;

    @Test
    void bracketsInAQueryReachTheServiceAndAreRefusedAsAProblem() throws Exception {
        String response = send("GET /api/echo?q[$gt]= HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                + TestTokens.bearer(TestTokens.user("viewer", "viewer")) + "\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400").contains("application/problem+json")
                .contains("\"type\":\"https://switchboard.dev/problems/validation\"");
    }

    @Test
    void aRequestLineTomcatCannotParseIsAProblemNotAnHtmlPage() throws Exception {
        String response = send("GET /api/echo?q=\u0001 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400").contains("application/problem+json")
                .contains("\"type\":\"https://switchboard.dev/problems/malformed-request\"").doesNotContain("<html");
    }

    @Test
    void anEncodedSlashInThePathIsAProblem() throws Exception {
        String response = send("GET /api/gadgets/..%2F..%2Faccounts HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400").contains("application/problem+json").doesNotContain("<html");
    }

    private String send(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
