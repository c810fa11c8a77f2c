package dev.switchboard.gateway;

import static dev.switchboard.platform.testkit.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.platform.testkit.TestTokens;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** GET /api/contacts/{id}/profile: one call, five services asked at once, each part allowed to fail alone. */
@RunningGateway
class ContactProfileTest {

    private static final String TOKEN = TestTokens.user("viewer", "viewer");
    private static final String CONTACT = """
            {"id":"c-1","firstName":"Zoë","lastName":"Ångström","primaryAccountId":"a-1","accounts":[
            {"accountId":"a-1","accountName":"Acme Ltd","active":true,"primary":true},
            {"accountId":"a-2","accountName":"Beta","active":false,"primary":false}]}""";

    @Autowired
    WebTestClient client;
    @Autowired
    CircuitBreakerRegistry breakers;

    @BeforeEach
    void everyServiceAnswers() {
        Downstreams.CONTACT.answer(200, "application/json", CONTACT);
        Downstreams.ACCOUNT.answer(200, "application/json", "{\"name\":\"Acme Ltd\",\"type\":\"customer\"}");
        Downstreams.IDENTITY.answer(200, "application/json", "{\"username\":\"zoe\",\"status\":\"ACTIVE\"}");
        Downstreams.ACHIEVEMENT.answer(200, "application/json", "[{\"id\":\"ach-1\",\"number\":\"CERT-2026-00001\"}]");
        Downstreams.AUDIT.answer(200, "application/json", "{\"content\":[{\"field\":\"firstName\"}],\"totalElements\":1}");
    }

    @Test
    void theProfileComposesEveryServicesPartWithTheCallersToken() {
        profile("c-1").expectStatus().isOk()
                .expectHeader().contentType("application/json")
                .expectBody()
                .jsonPath("$.id").isEqualTo("c-1")
                .jsonPath("$.contact.firstName").isEqualTo("Zoë")
                .jsonPath("$.accounts.items.length()").isEqualTo(2)
                .jsonPath("$.accounts.items[0].accountId").isEqualTo("a-1")
                .jsonPath("$.accounts.items[0].primary").isEqualTo(true)
                .jsonPath("$.accounts.items[0].account.type").isEqualTo("customer")
                .jsonPath("$.accounts.items[1].active").isEqualTo(false)
                .jsonPath("$.credentials.status").isEqualTo("ACTIVE")
                .jsonPath("$.achievements.items[0].number").isEqualTo("CERT-2026-00001")
                .jsonPath("$.history.content[0].field").isEqualTo("firstName");

        assertThat(Downstreams.CONTACT.single().uri()).isEqualTo("/api/contacts/c-1");
        assertThat(Downstreams.ACCOUNT.received()).extracting(Downstream.Received::uri)
                .containsExactlyInAnyOrder("/api/accounts/a-1", "/api/accounts/a-2");
        assertThat(Downstreams.IDENTITY.single().uri()).isEqualTo("/api/contacts/c-1/credentials");
        assertThat(Downstreams.ACHIEVEMENT.single().uri()).isEqualTo("/api/contacts/c-1/achievements");
        assertThat(Downstreams.AUDIT.single().uri()).isEqualTo("/api/contacts/c-1/history?size=20");
        Downstreams.ALL.forEach(service -> service.received().forEach(request -> {
            assertThat(request.header("Authorization")).as(service.name()).isEqualTo(bearer(TOKEN));
            assertThat(request.header("X-Correlation-Id")).as(service.name()).isEqualTo("corr-profile");
            assertThat(request.header("traceparent")).as(service.name()).isNotNull();
        }));
    }

    @Test
    void theServicesAreAskedAtOnceNotOneAfterTheOther() {
        // the first profile of a context opens its connections; only the second one is timed
        profile("c-1").expectStatus().isOk();
        for (Downstream service : List.of(Downstreams.CONTACT, Downstreams.IDENTITY, Downstreams.ACHIEVEMENT,
                Downstreams.AUDIT)) {
            service.answerAfter(Duration.ofMillis(700));
        }
        long started = System.nanoTime();

        profile("c-1").expectStatus().isOk().expectBody().jsonPath("$.credentials.status").isEqualTo("ACTIVE");

        // one after the other would take 2.8 s; at once, a little over 0.7 s
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2000));
    }

    @Test
    void aServiceThatIsDownLeavesItsPartUnavailableAndTheRestAnswered() {
        Downstreams.IDENTITY.stop();
        try {
            profile("c-1").expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.credentials.unavailable").isEqualTo(true)
                    .jsonPath("$.credentials.reason").isEqualTo("service-down")
                    .jsonPath("$.contact.firstName").isEqualTo("Zoë")
                    .jsonPath("$.accounts.items.length()").isEqualTo(2)
                    .jsonPath("$.achievements.items.length()").isEqualTo(1)
                    .jsonPath("$.history.totalElements").isEqualTo(1);
        } finally {
            Downstreams.IDENTITY.start();
        }
    }

    @Test
    void aServiceSlowerThanThePartsTimeLeavesItsPartUnavailableWithoutHoldingTheRest() {
        Downstreams.ACHIEVEMENT.answerAfter(Duration.ofSeconds(4));
        long started = System.nanoTime();

        profile("c-1").expectStatus().isOk()
                .expectBody()
                .jsonPath("$.achievements.unavailable").isEqualTo(true)
                .jsonPath("$.achievements.reason").isEqualTo("timeout")
                .jsonPath("$.credentials.status").isEqualTo("ACTIVE")
                .jsonPath("$.history.totalElements").isEqualTo(1);

        // the part's time is 1 s in these tests
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(3000));
    }

    @Test
    void aFailingServiceLeavesItsPartUnavailable() {
        Downstreams.AUDIT.answer(500, "application/problem+json", "{\"status\":500}");

        profile("c-1").expectStatus().isOk()
                .expectBody()
                .jsonPath("$.history.unavailable").isEqualTo(true)
                .jsonPath("$.history.reason").isEqualTo("service-error")
                .jsonPath("$.contact.firstName").isEqualTo("Zoë");
    }

    @Test
    void aPartTheServiceRefusesTheCallerIsReportedWithTheServicesStatus() {
        Downstreams.IDENTITY.answer(403, "application/problem+json",
                "{\"type\":\"https://switchboard.dev/problems/forbidden\",\"status\":403,\"detail\":\"Admins only.\"}");

        profile("c-1").expectStatus().isOk()
                .expectBody()
                .jsonPath("$.credentials.unavailable").isEqualTo(true)
                .jsonPath("$.credentials.reason").isEqualTo("forbidden")
                .jsonPath("$.credentials.status").isEqualTo(403)
                .jsonPath("$.credentials.detail").isEqualTo("Admins only.")
                .jsonPath("$.achievements.items.length()").isEqualTo(1);
    }

    @Test
    void anAccountServiceThatIsDownLeavesTheAccountsUnavailable() {
        Downstreams.ACCOUNT.stop();
        try {
            profile("c-1").expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.accounts.unavailable").isEqualTo(true)
                    .jsonPath("$.contact.accounts.length()").isEqualTo(2);
        } finally {
            Downstreams.ACCOUNT.start();
        }
    }

    @Test
    void anOpenBreakerOfAPartAnswersItUnavailableWithoutAskingTheService() {
        CircuitBreaker history = breakers.circuitBreaker("profile-history");
        history.transitionToForcedOpenState();
        try {
            profile("c-1").expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.history.reason").isEqualTo("circuit-open")
                    .jsonPath("$.credentials.status").isEqualTo("ACTIVE");
            assertThat(Downstreams.AUDIT.received()).isEmpty();
        } finally {
            history.reset();
        }
    }

    @Test
    void aContactThatDoesNotExistIsANotFoundProblem() {
        String notFound = """
                {"type":"https://switchboard.dev/problems/not-found","title":"Not found","status":404,\
                "detail":"No contact c-404."}""";
        Downstreams.CONTACT.answer(404, "application/problem+json", notFound);

        profile("c-404").expectStatus().isNotFound()
                .expectHeader().contentType("application/problem+json")
                .expectBody().json(notFound, true);
    }

    @Test
    void aContactTheCallerMayNotReadIsThatRefusal() {
        Downstreams.CONTACT.answer(403, "application/problem+json", "");

        profile("c-1").expectStatus().isForbidden()
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.type").isEqualTo("https://switchboard.dev/problems/forbidden");
    }

    @Test
    void theProfileNeedsAToken() {
        client.get().uri("/api/contacts/c-1/profile").exchange().expectStatus().isUnauthorized();
        Downstreams.ALL.forEach(service -> assertThat(service.received()).as(service.name()).isEmpty());
    }

    private WebTestClient.ResponseSpec profile(String id) {
        return client.get().uri("/api/contacts/{id}/profile", id)
                .header("Authorization", bearer(TOKEN))
                .header("X-Correlation-Id", "corr-profile")
                .exchange();
    }
}
