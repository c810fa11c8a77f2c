package dev.switchboard.platform.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.platform.events.EventCatalog;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What every service promises the platform: probes, its own complete OpenAPI, its topics, and an AsyncAPI document of the
 * events it publishes. Extend it once per service.
 */
@ServiceTest
public abstract class ServiceContract {

    /** Where every service serves the AsyncAPI document of its events. */
    public static final String ASYNCAPI = "/asyncapi/asyncapi.yaml";

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected Environment environment;

    @Test
    void livenessAndReadinessAreUpWithoutAToken() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    /** Compose and Kubernetes read the whole health, not only the probes. */
    @Test
    void healthIsUpWithoutAToken() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void theServiceDescribesItsOwnApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andExpect(jsonPath("$.openapi").exists());
    }

    /**
     * Checked by {@link OpenApiContract}: valid OpenAPI by the specification's schema; title, version, login, and every
     * operation summarised, tagged and complete.
     */
    @Test
    void theServicesOpenApiDocumentIsCompleteForPeopleAndForSwaggerUi() throws Exception {
        OpenApiContract.check(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    @Test
    void anUnknownPathIsAProblemNotAStackTrace() throws Exception {
        mvc.perform(get("/api/no-such-thing").header("Authorization", TestTokens.bearer(TestTokens.user("viewer", "viewer"))))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.trace").doesNotExist());
    }

    /** Which build and which commit runs: the build's version and time, and the commit (when built from a clone). */
    @Test
    void infoNamesTheBuildAndTheCommitWithoutAToken() throws Exception {
        mvc.perform(get("/actuator/info")).andExpect(status().isOk())
                .andExpect(jsonPath("$.build.version").isNotEmpty())
                .andExpect(jsonPath("$.git.commit.id").isNotEmpty());
    }

    /** Metrics of this service's own beyond the platform's, each named as Prometheus shows it. */
    protected Set<String> ownMetrics() {
        return Set.of();
    }

    /** A Prometheus on the same host scrapes without a token; the dashboard counts on these names. */
    @Test
    void prometheusOnTheSameHostReadsTheServicesMetrics() throws Exception {
        String metrics = mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(metrics).contains("http_server_requests_seconds", "jvm_memory_used_bytes");
        if (environment.getProperty("switchboard.events.topic") != null) {
            assertThat(metrics).contains("switchboard_outbox_pending ", "switchboard_outbox_oldest_age_seconds ");
        }
        ownMetrics().forEach(metric -> assertThat(metrics).contains(metric));
    }

    /** The catalog of the events this service publishes, from its contract module; each must be documented. */
    protected Optional<EventCatalog> publishedEvents() {
        return Optional.empty();
    }

    /**
     * Checked by {@link AsyncApiContract}: valid AsyncAPI 3.0 by the specification's schema; the messages against the
     * records, the envelope, the key and the DLT.
     */
    @Test
    void everyPublishedEventIsDocumentedInTheServicesAsyncApiServedAsYaml() throws Exception {
        EventCatalog catalog = publishedEvents().orElse(null);
        assumeTrue(catalog != null, "this service publishes no events yet");
        EventCatalogCheck.check(catalog);
        MockHttpServletResponse response = mvc.perform(get(ASYNCAPI)).andExpect(status().isOk()).andReturn()
                .getResponse();
        AsyncApiContract.check(response.getContentType(), response.getContentAsString(),
                environment.getRequiredProperty("switchboard.events.topic"), catalog.events());
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
