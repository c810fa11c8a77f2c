package dev.switchboard.webhook;

import dev.switchboard.platform.testkit.OpenApiFuzz;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every operation of webhook-service's OpenAPI document, sent hostile input by {@link OpenApiFuzz}, against a real
 * subscription so the input reaches past the lookups.
 */
class WebhookInputFuzzTest extends WebhookTestSupport {

    @LocalServerPort
    int port;

    @Test
    void noOperationAnswersHostileInputWithA5xxANonProblemOrAStoredChange() throws Exception {
        String subscription = subscribed("https://93.184.215.14/hooks", "switchboard.ContactCreated");

        OpenApiFuzz.against(mvc, mongo).port(port).asSuperUser()
                .parameter("id", () -> subscription)
                .parameter("subscriptionId", () -> subscription)
                .validBody("POST /api/webhooks", () -> """
                        {"url": "https://93.184.215.14/other", "eventTypes": ["switchboard.AccountCreated"],
                         "secret": "%s"}""".formatted(SECRET))
                .validBody("PATCH /api/webhooks/{id}", () -> """
                        {"eventTypes": ["switchboard.AccountUpdated"]}""")
                .run().assertNoFailures("webhook-service");
    }
}
