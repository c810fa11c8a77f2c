package dev.switchboard.gateway;

import static dev.switchboard.platform.testkit.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.platform.testkit.TestTokens;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What browsers are told: which origins may call the API, and what the gateway's answers may do in a page. */
@RunningGateway
class BrowserSecurityTest {

    private static final String CONSOLE = "http://localhost:5173";
    private static final String TOKEN = TestTokens.user("viewer", "viewer");

    @Autowired
    WebTestClient client;
    @Autowired
    ApplicationContext context;

    @Test
    void theConsolesPreflightIsAnsweredWithoutATokenAndWithoutAskingAService() {
        client.options().uri("/api/contacts")
                .header("Origin", CONSOLE)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type, idempotency-key")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", CONSOLE)
                .expectHeader().value("Access-Control-Allow-Methods", methods -> assertThat(methods).contains("POST"))
                .expectHeader().value("Access-Control-Allow-Headers", headers -> assertThat(headers.toLowerCase())
                        .contains("authorization", "content-type", "idempotency-key"))
                .expectHeader().doesNotExist("Access-Control-Allow-Credentials");
        Downstreams.ALL.forEach(service -> assertThat(service.received()).as(service.name()).isEmpty());
    }

    @Test
    void anotherOriginsPreflightIsRefused() {
        client.options().uri("/api/contacts")
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "DELETE")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist("Access-Control-Allow-Origin");
    }

    @Test
    void theConsoleMayReadTheAnswerAndTheHeadersItNeeds() {
        client.get().uri("/api/contacts/c-1")
                .header("Origin", CONSOLE)
                .header("Authorization", bearer(TOKEN))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", CONSOLE)
                .expectHeader().value("Access-Control-Expose-Headers", exposed -> assertThat(exposed)
                        .contains("Location", "Retry-After", "X-Correlation-Id"));
    }

    @Test
    void everyAnswerForbidsSniffingFramingAndRunningIt() {
        client.get().uri("/api/contacts/c-1").header("Authorization", bearer(TOKEN)).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp)
                        .contains("default-src 'none'", "frame-ancestors 'none'"));
        client.get().uri("/api/contacts").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY");
    }

    @Test
    void plainHttpGetsNoHstsWhichOnlyMeansSomethingOverTls() {
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist("Strict-Transport-Security");
    }

    /** The gateway's handlers without its server, fed a request that came over HTTPS. */
    @Test
    void anHttpsRequestIsToldToStayOnHttpsForAYear() {
        WebTestClient overTls = WebTestClient.bindToApplicationContext(context).configureClient()
                .baseUrl("https://localhost").build();

        overTls.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
    }

    /** Swagger UI keeps working under its policy: everything its pages load comes from the gateway, nothing inline. */
    @Test
    void swaggerUisPagesLoadOnlyWhatTheirPolicyAllows() {
        String csp = client.get().uri("/swagger-ui/index.html").exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:",
                "connect-src 'self' http://localhost:8180", "frame-ancestors 'none'")
                .doesNotContain("unsafe-eval");

        for (String page : new String[] {"/swagger-ui/index.html", "/swagger-ui/oauth2-redirect.html"}) {
            String html = client.get().uri(page).exchange().expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(html).as(page + " has no inline script").doesNotContainPattern("<script>\\s*\\S");
            Matcher loaded = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(html);
            while (loaded.find()) {
                String asset = loaded.group(1);
                assertThat(asset).as("loaded from the gateway itself").doesNotContain("://");
                client.method(HttpMethod.GET).uri("/swagger-ui/" + asset.replaceFirst("^\\./", "")).exchange()
                        .expectStatus().isOk();
            }
        }
        client.get().uri("/swagger-ui/swagger-initializer.js").exchange().expectStatus().isOk();
    }
}
