package dev.switchboard.platform.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;

/** What every service promises the platform: probes, its own OpenAPI, and its topics. Extend it once per service. */
@ServiceTest
public abstract class ServiceContract {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected Environment environment;

    @Test
    void livenessAndReadinessAreUpWithoutAToken() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void theServiceDescribesItsOwnApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andExpect(jsonPath("$.openapi").exists());
    }

    @Test
    void anUnknownPathIsAProblemNotAStackTrace() throws Exception {
        mvc.perform(get("/api/no-such-thing").header("Authorization", TestTokens.bearer(TestTokens.user("viewer", "viewer"))))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.trace").doesNotExist());
    }

    @Test
    void aPublishingServiceCreatesItsTopicAndDeadLetterTopic() throws Exception {
        String topic = environment.getProperty("switchboard.events.topic");
        assumeTrue(topic != null, "this service publishes nothing");
        try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                environment.getRequiredProperty("spring.kafka.bootstrap-servers")))) {
            Set<String> topics = admin.listTopics().names().get();
            assertThat(topics).contains(topic, topic + ".DLT");
        }
    }
}
