package dev.switchboard.webhook.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.platform.events.Topics;
import dev.switchboard.platform.testkit.TopicProbe;
import dev.switchboard.webhook.WebhookTestSupport;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** Admins subscribe endpoints to event types; secrets go in and never come out; private targets are refused. */
class SubscriptionApiTest extends WebhookTestSupport {

    private static final String PUBLIC_TARGET = "https://93.184.215.14/hooks/switchboard";

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Test
    void aSubscriptionIsAnsweredAndPublishedWithoutItsSecret() throws Exception {
        String body = subscribe(PUBLIC_TARGET, List.of("switchboard.ContactCreated", "switchboard.ContactUpdated"),
                SECRET).andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/webhooks/")))
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.secretVersion").value(1))
                .andExpect(jsonPath("$.secret").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        String id = json.readTree(body).get("id").asString();

        mvc.perform(get("/api/webhooks/" + id).header("Authorization", ADMIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.url").value(PUBLIC_TARGET))
                .andExpect(jsonPath("$.eventTypes[1]").value("switchboard.ContactUpdated"))
                .andExpect(jsonPath("$.secret").doesNotExist());
        try (TopicProbe probe = new TopicProbe(kafka, Topics.WEBHOOKS)) {
            String event = probe.await(record -> record.value().contains(id)).value();
            assertThat(json.readTree(event).get("type").asString()).isEqualTo("switchboard.WebhookSubscribed");
            assertThat(event).doesNotContain(SECRET.substring(6));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8081/api/contacts", "http://10.1.2.3/hook", "http://192.168.0.10/hook",
            "http://169.254.169.254/latest/meta-data", "http://[::1]/hook", "http://[fd00::1]/hook",
            "http://0.0.0.0/hook", "http://100.64.0.1/hook", "ftp://93.184.215.14/hook",
            "http://user:pass@93.184.215.14/hook"})
    void aTargetInsideOurNetworkOrNotHttpIsRefused(String url) throws Exception {
        subscribe(url, List.of("switchboard.ContactCreated"), SECRET).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("url"));
    }

    @Test
    void unknownEventTypesAndMalformedSecretsAreRefusedByName() throws Exception {
        subscribe(PUBLIC_TARGET, List.of("switchboard.ContactTeleported"), SECRET)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("eventTypes"));
        subscribe(PUBLIC_TARGET, List.of("switchboard.ContactCreated"), "not-a-secret")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("secret"));
        subscribe(PUBLIC_TARGET, List.of(), SECRET)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("eventTypes"));
    }

    @Test
    void onlyAdminsManageSubscriptions() throws Exception {
        mvc.perform(get("/api/webhooks").header("Authorization", EDITOR)).andExpect(status().isForbidden());
    }

    @Test
    void aNewSecretShowsAsANewVersionAndReadOnlyFieldsAreRefused() throws Exception {
        String id = subscribed(PUBLIC_TARGET, "*");

        mvc.perform(patch("/api/webhooks/" + id).header("Authorization", ADMIN)
                        .contentType("application/merge-patch+json")
                        .content("{\"secret\": \"whsec_" + "A".repeat(40) + "\", \"enabled\": false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.secretVersion").value(2))
                .andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(patch("/api/webhooks/" + id).header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"secretVersion\": 7}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("secretVersion"));
        try (TopicProbe probe = new TopicProbe(kafka, Topics.WEBHOOKS)) {
            JsonNode changed = json.readTree(probe.await(record -> record.value().contains(id)
                    && record.value().contains("WebhookChanged")).value());
            assertThat(changed.at("/data/changes").toString()).contains("secretVersion").doesNotContain("AAAA");
        }
    }

    @Test
    void aDeletedSubscriptionIsGoneButItsLogStaysReadable() throws Exception {
        String id = subscribed(PUBLIC_TARGET, "switchboard.ContactCreated");

        mvc.perform(delete("/api/webhooks/" + id).header("Authorization", ADMIN)).andExpect(status().isNoContent());

        mvc.perform(get("/api/webhooks/" + id).header("Authorization", ADMIN)).andExpect(status().isNotFound());
        mvc.perform(get("/api/webhooks/" + id + "/deliveries").header("Authorization", ADMIN))
                .andExpect(status().isOk());
        mvc.perform(delete("/api/webhooks/" + id).header("Authorization", ADMIN)).andExpect(status().isNotFound());
    }
}
