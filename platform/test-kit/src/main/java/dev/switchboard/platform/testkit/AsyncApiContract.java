package dev.switchboard.platform.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.networknt.schema.InputFormat;
import dev.switchboard.platform.events.CloudEvent;
import dev.switchboard.platform.events.DomainEvent;
import dev.switchboard.platform.events.EventTypes;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.MediaType;
import org.springframework.kafka.support.KafkaHeaders;
import org.yaml.snakeyaml.Yaml;

/**
 * What the AsyncAPI document of a publishing service must say, checked against the records it publishes: served as
 * YAML; valid AsyncAPI 3.0 by the specification's own schema; the Kafka servers; every event type as a message whose data names exactly its record's fields (and those of
 * the records inside it); the Kafka key; the CloudEvents envelope and headers; and the dead letter channel with the
 * headers a dead letter carries.
 */
public final class AsyncApiContract {

    public static final MediaType YAML = MediaType.parseMediaType("application/yaml");
    /** What the platform adds to every event's data beside its record's own fields. */
    static final Set<String> AGGREGATE_DATA = Set.of("aggregateType", "aggregateId", "aggregateVersion", "changes");
    /** The W3C trace context of the change that raised the event, an envelope extension beside the record's. */
    static final String TRACEPARENT = "traceparent";
    static final Set<String> REQUIRED_ENVELOPE = Set.of("specversion", "id", "source", "type", "time", "subject",
            "datacontenttype", "actor", "actorname", "channel", "correlationid", "data");
    static final Set<String> DEAD_LETTER_HEADERS = Set.of(KafkaHeaders.DLT_ORIGINAL_TOPIC,
            KafkaHeaders.DLT_ORIGINAL_PARTITION, KafkaHeaders.DLT_ORIGINAL_OFFSET, KafkaHeaders.DLT_ORIGINAL_TIMESTAMP,
            KafkaHeaders.DLT_ORIGINAL_TIMESTAMP_TYPE, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP,
            KafkaHeaders.DLT_EXCEPTION_FQCN, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN, KafkaHeaders.DLT_EXCEPTION_MESSAGE,
            KafkaHeaders.DLT_EXCEPTION_STACKTRACE);

    private final Map<String, Object> document;

    private AsyncApiContract(Map<String, Object> document) {
        this.document = document;
    }

    /**
     * Fails with what the document served as {@code contentType} misses or gets wrong for a service publishing
     * {@code events} on {@code topic}.
     */
    public static void check(String contentType, String yaml, String topic,
            Collection<Class<? extends DomainEvent>> events) {
        assertThat(contentType).as("content type of the AsyncAPI document").isNotNull();
        assertThat(YAML.isCompatibleWith(MediaType.parseMediaType(contentType)))
                .as("served as %s, not %s", contentType, YAML).isTrue();
        new AsyncApiContract(new Yaml().load(yaml)).check(yaml, topic, events);
    }

    private void check(String yaml, String topic, Collection<Class<? extends DomainEvent>> events) {
        assertThat(String.valueOf(document.get("asyncapi"))).as("asyncapi version").startsWith("3.0.");
        assertThat(SpecificationSchema.ASYNCAPI_3_0.violationsOf(yaml, InputFormat.YAML))
                .as("violations of the AsyncAPI 3.0 schema").isEmpty();
        checkKafkaServers();
        Map<String, Object> channel = channel(topic);
        checkDeadLetterChannel(topic);
        List<Map<String, Object>> messages = asMap(channel.get("messages")).values().stream().map(this::resolve)
                .toList();
        for (Class<? extends DomainEvent> event : events) {
            String type = EventTypes.typeOf(event);
            Map<String, Object> message = messages.stream().filter(candidate -> type.equals(candidate.get("name")))
                    .findFirst().orElseThrow(() -> new AssertionError(type + " is not a message of " + topic));
            checkMessage(type, message, event);
        }
    }

    private void checkKafkaServers() {
        Collection<Object> servers = asMap(document.getOrDefault("servers", Map.of())).values();
        assertThat(servers).as("servers").isNotEmpty();
        for (Object server : servers) {
            Map<String, Object> kafka = resolve(server);
            assertThat(kafka.get("protocol")).as("server protocol").isEqualTo("kafka");
            assertThat(String.valueOf(kafka.get("host"))).as("server host").matches("[^\\s:]+:\\d+");
            assertThat(kafka.get("description")).as("server description").isNotNull();
        }
    }

    private Map<String, Object> channel(String address) {
        return asMap(document.getOrDefault("channels", Map.of())).values().stream().map(this::resolve)
                .filter(channel -> address.equals(channel.get("address"))).findFirst()
                .orElseThrow(() -> new AssertionError("no channel with the address " + address));
    }

    private void checkDeadLetterChannel(String topic) {
        Map<String, Object> deadLetters = channel(topic + ".DLT");
        assertThat(deadLetters.get("description")).as("dead letter channel description").isNotNull();
        Collection<Object> messages = asMap(deadLetters.getOrDefault("messages", Map.of())).values();
        assertThat(messages).as("messages of " + topic + ".DLT").isNotEmpty();
        for (Object message : messages) {
            assertThat(properties(resolve(message).get("headers"))).as("headers of a dead letter")
                    .containsAll(DEAD_LETTER_HEADERS);
        }
    }

    private void checkMessage(String type, Map<String, Object> message, Class<? extends DomainEvent> event) {
        assertThat(message.get("contentType")).as(type + " contentType").isEqualTo(CloudEvent.CONTENT_TYPE);
        Object bindings = message.get("bindings");
        Object kafka = bindings == null ? null : resolve(bindings).get("kafka");
        Object key = kafka == null ? null : asMap(kafka).get("key");
        assertThat(key).as(type + " Kafka key (bindings.kafka.key)").isNotNull();
        assertThat(properties(message.get("headers"))).as(type + " headers").contains("content-type", TRACEPARENT);
        Object payload = message.get("payload");
        assertThat(properties(payload)).as(type + " envelope").isEqualTo(envelope());
        assertThat(required(payload)).as(type + " required envelope").containsAll(REQUIRED_ENVELOPE);
        assertThat(schemasOf(payload, "type")).as(type + " type").anyMatch(schema -> type.equals(schema.get("const")));
        List<Map<String, Object>> data = schemasOf(payload, "data");
        Set<String> expected = new LinkedHashSet<>(componentsOf(event));
        expected.addAll(AGGREGATE_DATA);
        assertThat(properties(data)).as(type + " data").isEqualTo(expected);
        checkNestedRecords(type + " data", event, data);
    }

    /** Records inside a record (alone or in a collection) are documented with exactly their fields too. */
    private void checkNestedRecords(String where, Class<?> record, List<Map<String, Object>> schemas) {
        for (RecordComponent component : record.getRecordComponents()) {
            Class<?> nested = recordIn(component.getGenericType());
            if (nested == null) {
                continue;
            }
            List<Map<String, Object>> documented = schemas.stream()
                    .flatMap(schema -> schemasOf(schema, component.getName()).stream())
                    .map(schema -> schema.containsKey("items") ? resolve(schema.get("items")) : schema).toList();
            String path = where + "." + component.getName();
            assertThat(properties(documented)).as(path).isEqualTo(componentsOf(nested));
            checkNestedRecords(path, nested, documented);
        }
    }

    private static Class<?> recordIn(Type type) {
        if (type instanceof Class<?> plain) {
            return plain.isRecord() ? plain : null;
        }
        if (type instanceof ParameterizedType generic && Collection.class.isAssignableFrom((Class<?>) generic.getRawType())) {
            return recordIn(generic.getActualTypeArguments()[0]);
        }
        return null;
    }

    private static Set<String> envelope() {
        Set<String> names = Arrays.stream(CloudEvent.class.getRecordComponents())
                .map(component -> component.getAccessor().getAnnotation(JsonProperty.class).value())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        names.add(TRACEPARENT);
        return names;
    }

    private static Set<String> componentsOf(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Every schema given to one property of an object schema, through $ref and allOf. */
    private List<Map<String, Object>> schemasOf(Object schema, String name) {
        Map<String, Object> resolved = resolve(schema);
        List<Map<String, Object>> found = new ArrayList<>();
        Object own = asMap(resolved.getOrDefault("properties", Map.of())).get(name);
        if (own != null) {
            found.add(resolve(own));
        }
        asList(resolved.getOrDefault("allOf", List.of())).forEach(part -> found.addAll(schemasOf(part, name)));
        return found;
    }

    private Set<String> properties(List<Map<String, Object>> schemas) {
        return schemas.stream().flatMap(schema -> properties(schema).stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Every property an object schema names, through $ref and allOf. */
    private Set<String> properties(Object schema) {
        if (schema == null) {
            return Set.of();
        }
        Map<String, Object> resolved = resolve(schema);
        Set<String> names = new LinkedHashSet<>(asMap(resolved.getOrDefault("properties", Map.of())).keySet());
        asList(resolved.getOrDefault("allOf", List.of())).forEach(part -> names.addAll(properties(part)));
        return names;
    }

    private Set<String> required(Object schema) {
        Map<String, Object> resolved = resolve(schema);
        return Stream.concat(asList(resolved.getOrDefault("required", List.of())).stream().map(String::valueOf),
                        asList(resolved.getOrDefault("allOf", List.of())).stream().flatMap(part -> required(part).stream()))
                .collect(Collectors.toSet());
    }

    private Map<String, Object> resolve(Object schema) {
        Map<String, Object> map = asMap(Objects.requireNonNull(schema, "a schema or $ref is missing"));
        if (map.get("$ref") instanceof String ref) {
            Map<String, Object> target = document;
            for (String step : ref.substring(2).split("/")) {
                target = asMap(Objects.requireNonNull(target.get(step), "unresolved " + ref));
            }
            return resolve(target);
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> asList(Object value) {
        return (List<Object>) value;
    }
}
