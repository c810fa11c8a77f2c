package dev.switchboard.platform.sample;

import static dev.switchboard.platform.testkit.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.platform.testkit.ServiceTest;
import dev.switchboard.platform.testkit.TestTokens;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@ServiceTest
class MetricsTest {

    private static final RequestPostProcessor FROM_ANOTHER_HOST = request -> {
        request.setRemoteAddr("10.0.0.5");
        return request;
    };

    @Autowired
    MockMvc mvc;

    @Test
    void prometheusOnTheSameHostShowsOutboxConsumersDeadLettersAndHttpLatency() throws Exception {
        mvc.perform(post("/api/gadgets").header("Authorization", bearer(TestTokens.user("editor", "editor")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"explode-" + UUID.randomUUID() + "\"}"))
                .andExpect(status().isCreated());

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(scrape())
                .contains("switchboard_dead_letters_total{group=\"sample-service\",topic=\"switchboard.samples.v1\"}"));
        assertThat(scrape()).contains(
                "switchboard_outbox_pending ",
                "switchboard_outbox_oldest_age_seconds ",
                "kafka_consumer_fetch_manager_records_lag_max{",
                "spring_kafka_listener_seconds_count{",
                "http_server_requests_seconds_bucket{");
    }

    @Test
    void anotherHostNeedsAnAdminTokenToReadTheMetrics() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(FROM_ANOTHER_HOST))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(FROM_ANOTHER_HOST)
                        .header("Authorization", bearer(TestTokens.user("editor", "editor"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(FROM_ANOTHER_HOST)
                        .header("Authorization", bearer(TestTokens.user("admin", "admin"))))
                .andExpect(status().isOk());
    }

    private String scrape() throws Exception {
        return mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
