package dev.switchboard.platform.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.platform.events.DomainEvent;
import dev.switchboard.platform.events.FieldChange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker passes a complete document and names what a drifted or incomplete one misses. */
class AsyncApiContractTest {

    record Part(String label) {
    }

    record SampleCreated(String sampleId, long version, Part part, List<FieldChange> changes) implements DomainEvent {

        @Override
        public String aggregateType() {
            return "sample";
        }

        @Override
        public String aggregateId() {
            return sampleId;
        }
    }

    private static final String TOPIC = "switchboard.samples.v1";
    private static final String YAML = "application/yaml";

    private static final String DOCUMENT = """
            asyncapi: 3.0.0
            info:
              title: Sample service events
              version: 0.1.0
            servers:
              local:
                host: 127.0.0.1:9092
                protocol: kafka
                description: the local broker
            channels:
              samples:
                address: switchboard.samples.v1
                messages:
                  SampleCreated:
                    $ref: '#/components/messages/SampleCreated'
              deadLetters:
                address: switchboard.samples.v1.DLT
                description: what consumers could not handle
                messages:
                  DeadLetter:
                    headers:
                      properties:
                        kafka_dlt-original-topic: {}
                        kafka_dlt-original-partition: {}
                        kafka_dlt-original-offset: {}
                        kafka_dlt-original-timestamp: {}
                        kafka_dlt-original-timestamp-type: {}
                        kafka_dlt-original-consumer-group: {}
                        kafka_dlt-exception-fqcn: {}
                        kafka_dlt-exception-cause-fqcn: {}
                        kafka_dlt-exception-message: {}
                        kafka_dlt-exception-stacktrace: {}
            components:
              messages:
                SampleCreated:
                  name: switchboard.SampleCreated
                  contentType: application/cloudevents+json
                  bindings:
                    kafka:
                      key:
                        type: string
                  headers:
                    properties:
                      content-type: {}
                      traceparent: {}
                  payload:
                    allOf:
                      - $ref: '#/components/schemas/CloudEvent'
                      - properties:
                          type:
                            const: switchboard.SampleCreated
                          data:
                            properties:
                              sampleId: {}
                              version: {}
                              part:
                                properties:
                                  label: {}
                              aggregateType: {}
                              aggregateId: {}
                              aggregateVersion: {}
                              changes:
                                items:
                                  properties:
                                    field: {}
                                    oldValue: {}
                                    newValue: {}
              schemas:
                CloudEvent:
                  required: [specversion, id, source, type, time, subject, datacontenttype, actor, actorname, channel, correlationid, data]
                  properties:
                    specversion: {}
                    id: {}
                    source: {}
                    type: {}
                    time: {}
                    subject: {}
                    datacontenttype: {}
                    actor: {}
                    actorname: {}
                    channel: {}
                    correlationid: {}
                    causationid: {}
                    traceparent: {}
                    data: {}
            """;

    @Test
    void aCompleteDocumentServedAsYamlPasses() {
        assertThatCode(() -> check(YAML, DOCUMENT)).doesNotThrowAnyException();
    }

    @Test
    void aDocumentServedAsBytesFails() {
        assertThatThrownBy(() -> check("application/octet-stream", DOCUMENT)).hasMessageContaining("application/yaml");
    }

    @Test
    void aFieldTheRecordDoesNotHaveFails() {
        assertThatThrownBy(() -> check(YAML, DOCUMENT.replace("sampleId: {}", "sampleKey: {}")))
                .hasMessageContaining("switchboard.SampleCreated data");
    }

    @Test
    void aFieldOfANestedRecordOrAListedRecordMissingFails() {
        assertThatThrownBy(() -> check(YAML, DOCUMENT.replace("label: {}", "title: {}")))
                .hasMessageContaining("data.part");
        assertThatThrownBy(() -> check(YAML, DOCUMENT.replace("oldValue: {}", "")))
                .hasMessageContaining("data.changes");
    }

    @Test
    void anUndocumentedEventFails() {
        assertThatThrownBy(() -> check(YAML, DOCUMENT.replace("name: switchboard.SampleCreated", "name: other")))
                .hasMessageContaining("switchboard.SampleCreated is not a message of " + TOPIC);
    }

    @Test
    void aMessageWithoutItsKeyOrHeadersFails() {
        assertThatThrownBy(() -> check(YAML, DOCUMENT.replace("key:\n            type: string", "bindingVersion: 0.5.0")))
                .hasMessageContaining("Kafka key");
        assertThatThrownBy(() -> check(YAML, DOCUMENT.replace("          traceparent: {}\n", "")))
                .hasMessageContaining("switchboard.SampleCreated headers");
    }

    @Test
    void anEnvelopeWithoutAnExtensionFails() {
        assertThatThrownBy(() -> check(YAML, DOCUMENT.replace("correlationid: {}", "")))
                .hasMessageContaining("envelope");
    }

    @Test
    void noDeadLetterChannelOrNoConsumerGroupHeaderFails() {
        assertThatThrownBy(() -> check(YAML, DOCUMENT.replace(TOPIC + ".DLT", TOPIC + ".dead")))
                .hasMessageContaining("no channel with the address " + TOPIC + ".DLT");
        assertThatThrownBy(() -> check(YAML, DOCUMENT.replace("kafka_dlt-original-consumer-group: {}", "")))
                .hasMessageContaining("kafka_dlt-original-consumer-group");
    }

    @Test
    void aDocumentTheAsyncApiSchemaRefusesFails() {
        assertThatThrownBy(() -> check(YAML, DOCUMENT.replace("  version: 0.1.0\n", "")))
                .hasMessageContainingAll("violations of the AsyncAPI 3.0 schema", "/info", "version");
        assertThatThrownBy(() -> check(YAML, DOCUMENT.replace("    address: switchboard.samples.v1\n",
                        "    address: switchboard.samples.v1\n    publish: {}\n")))
                .hasMessageContainingAll("violations of the AsyncAPI 3.0 schema", "/channels/samples", "publish");
    }

    @Test
    void aReferenceToNothingFails() {
        assertThatThrownBy(() -> check(YAML, DOCUMENT.replace("$ref: '#/components/schemas/CloudEvent'",
                        "$ref: '#/components/schemas/Envelope'")))
                .hasMessageContaining("$ref #/components/schemas/Envelope points to nothing in the document");
    }

    @Test
    void noKafkaServerFails() {
        assertThatThrownBy(() -> check(YAML, DOCUMENT.replace("protocol: kafka", "protocol: amqp")))
                .hasMessageContaining("server protocol");
    }

    private static void check(String contentType, String yaml) {
        AsyncApiContract.check(contentType, yaml, TOPIC, List.of(SampleCreated.class));
    }
}
