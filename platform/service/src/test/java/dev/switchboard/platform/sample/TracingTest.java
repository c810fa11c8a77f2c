package dev.switchboard.platform.sample;

import static dev.switchboard.platform.testkit.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.platform.testkit.ServiceTest;
import dev.switchboard.platform.testkit.TestTokens;
import dev.switchboard.platform.testkit.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ServiceTest
class TracingTest {

    @Autowired
    MockMvc mvc;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Test
    void theTraceOfARequestGoesWithItsEventThroughKafkaIntoTheReactionsEvents() throws Exception {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String name = "echo-" + UUID.randomUUID();
        // as the gateway sends it
        mvc.perform(post("/api/gadgets").header("Authorization", bearer(TestTokens.user("editor", "editor")))
                        .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"" + name + "\"}"))
                .andExpect(status().isCreated());

        try (TopicProbe probe = new TopicProbe(kafka, "switchboard.samples.v1")) {
            ConsumerRecord<String, String> created = probe.await(record -> record.value().contains("\"" + name + "\""));
            assertThat(traceIdOf(created)).isEqualTo(traceId);
            assertThat(created.value()).contains("\"traceparent\":\"00-" + traceId + "-");

            // GadgetListener answers an echo with a gadget of its own: raised while handling, so in the same trace
            ConsumerRecord<String, String> reply = probe.await(record -> record.value().contains("reply to " + name));
            assertThat(traceIdOf(reply)).isEqualTo(traceId);
        }
    }

    @Test
    void aServiceCalledByAnotherKeepsTheCorrelationIdItsCallerSentAsBaggage() throws Exception {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String name = "baggage-" + UUID.randomUUID();

        mvc.perform(post("/api/gadgets").header("Authorization", bearer(TestTokens.user("editor", "editor")))
                        .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                        .header("baggage", "correlationId=corr-of-the-caller")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"" + name + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("X-Correlation-Id", "corr-of-the-caller"));

        try (TopicProbe probe = new TopicProbe(kafka, "switchboard.samples.v1")) {
            assertThat(probe.await(record -> record.value().contains("\"" + name + "\"")).value())
                    .contains("\"correlationid\":\"corr-of-the-caller\"");
        }
    }

    private static String traceIdOf(ConsumerRecord<String, String> record) {
        Header traceParent = record.headers().lastHeader("traceparent");
        assertThat(traceParent).as("traceparent header of %s", record.value()).isNotNull();
        return new String(traceParent.value(), StandardCharsets.UTF_8).split("-")[1];
    }
}
