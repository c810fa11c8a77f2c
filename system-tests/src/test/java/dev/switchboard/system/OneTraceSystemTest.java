package dev.switchboard.system;

import static dev.switchboard.system.Gateway.created;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.system.OtlpCollector.Kind;
import dev.switchboard.system.OtlpCollector.ReceivedSpan;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Traces as an operator sees them: every service exports its spans over OTLP to a collector (here one inside the
 * test), and a request through the gateway shows there as one trace over HTTP and Kafka.
 */
class OneTraceSystemTest extends AsDemoUsers {

    private static final String ACCOUNTS_TOPIC = "switchboard.accounts.v1";

    @Test
    void anAccountCreatedThroughTheGatewayIsOneTraceFromTheGatewayOverKafkaIntoEveryServiceThatHearsOfIt() {
        String account = created(Gateway.post("/api/accounts", admin, null, "{\"name\": \"Traced Ltd\"}"));
        // the event on the topic names the trace the gateway started; the test sent no traceparent of its own
        String traceId = traceIdOf(EventLog.first(ACCOUNTS_TOPIC, account));

        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            List<ReceivedSpan> trace = RunningStack.traces().trace(traceId);
            Map<String, ReceivedSpan> byId = trace.stream()
                    .collect(Collectors.toMap(ReceivedSpan::spanId, Function.identity(), (first, again) -> first));
            String tree = tree(trace);

            assertThat(trace).as(tree).filteredOn(ReceivedSpan::isRoot).singleElement()
                    .matches(root -> root.service().equals("gateway") && root.kind() == Kind.SERVER, "the gateway's request");
            assertThat(trace).as("every span's parent is in the trace, so it is one tree:\n" + tree)
                    .filteredOn(span -> !span.isRoot()).allMatch(span -> byId.containsKey(span.parentSpanId()));

            ReceivedSpan request = one(trace, "account-service", Kind.SERVER, tree);
            assertThat(request.parentSpanId()).as(tree).isNotEmpty();
            assertThat(byId.get(request.parentSpanId()).service()).as(tree).isEqualTo("gateway");

            ReceivedSpan send = one(trace, "account-service", Kind.PRODUCER, tree);
            assertThat(ancestors(send, byId)).as("the relay's send continues the request: " + tree).contains(request);
            for (String consumer : List.of("audit-service", "contact-service")) {
                assertThat(trace).as(consumer + " hears the sent record:\n" + tree)
                        .filteredOn(span -> span.service().equals(consumer) && span.kind() == Kind.CONSUMER)
                        .isNotEmpty().allMatch(heard -> heard.parentSpanId().equals(send.spanId()));
            }
        });
        System.out.print("the trace of the account's creation:\n" + tree(RunningStack.traces().trace(traceId)));
    }

    private static ReceivedSpan one(List<ReceivedSpan> trace, String service, Kind kind, String tree) {
        List<ReceivedSpan> found = trace.stream()
                .filter(span -> span.service().equals(service) && span.kind() == kind).toList();
        assertThat(found).as("a %s span of %s in:\n%s", kind, service, tree).hasSize(1);
        return found.getFirst();
    }

    private static List<ReceivedSpan> ancestors(ReceivedSpan span, Map<String, ReceivedSpan> byId) {
        return Optional.ofNullable(byId.get(span.parentSpanId()))
                .map(parent -> Stream.concat(Stream.of(parent), ancestors(parent, byId).stream()).toList())
                .orElse(List.of());
    }

    private static String traceIdOf(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader("traceparent");
        assertThat(header).as("traceparent of %s", record.value()).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8).split("-")[1];
    }

    /** The spans indented under their parents, for a failure message a person can read. */
    private static String tree(List<ReceivedSpan> trace) {
        StringBuilder out = new StringBuilder();
        trace.stream().filter(span -> trace.stream().noneMatch(other -> other.spanId().equals(span.parentSpanId())))
                .forEach(top -> render(top, trace, 0, out));
        return out.toString();
    }

    private static void render(ReceivedSpan span, List<ReceivedSpan> trace, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(span).append('\n');
        trace.stream().filter(child -> child.parentSpanId().equals(span.spanId()))
                .forEach(child -> render(child, trace, depth + 1, out));
    }
}
