package dev.switchboard.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.platform.events.Address;
import dev.switchboard.platform.events.CloudEvent;
import dev.switchboard.platform.events.EventTypes;
import dev.switchboard.platform.events.account.AccountCreated;
import dev.switchboard.platform.events.account.AccountDeactivated;
import dev.switchboard.platform.events.account.AccountDetails;
import dev.switchboard.platform.events.account.AccountEvent;
import dev.switchboard.platform.events.account.AccountReactivated;
import dev.switchboard.platform.events.account.AccountUpdated;
import dev.switchboard.platform.events.account.PrimaryContactAssigned;
import dev.switchboard.platform.events.account.PrimaryContactRemoved;
import dev.switchboard.platform.events.account.PrimaryRoleAssigned;
import dev.switchboard.platform.events.account.PrimaryRoleRemoved;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The AsyncAPI document names exactly the fields the event records carry, so it cannot drift from them. */
class AsyncApiDocumentTest {

    private static final List<Class<? extends AccountEvent>> EVENTS = List.of(AccountCreated.class,
            AccountUpdated.class, AccountDeactivated.class, AccountReactivated.class, PrimaryContactAssigned.class,
            PrimaryContactRemoved.class, PrimaryRoleAssigned.class, PrimaryRoleRemoved.class);
    private static final Set<String> ENVELOPE_DATA = Set.of("aggregateType", "aggregateId", "aggregateVersion",
            "changes");

    private final Map<String, Object> document = load();

    @Test
    void eachMessageDocumentsTheFieldsOfItsEventRecordAndTheEnvelopeData() {
        Map<String, Object> messages = at(document, "components", "messages");
        for (Class<? extends AccountEvent> event : EVENTS) {
            Map<String, Object> message = messages.values().stream().map(AsyncApiDocumentTest::asMap)
                    .filter(candidate -> EventTypes.typeOf(event).equals(candidate.get("name")))
                    .findFirst().orElseThrow(() -> new AssertionError(event.getSimpleName() + " is not documented"));
            assertThat(message.get("contentType")).isEqualTo(CloudEvent.CONTENT_TYPE);
            Set<String> expected = new LinkedHashSet<>(componentsOf(event));
            expected.addAll(ENVELOPE_DATA);
            Set<String> documented = new LinkedHashSet<>();
            schemasOf(message.get("payload"), "data").forEach(data -> documented.addAll(properties(data)));
            assertThat(documented).as(event.getSimpleName()).isEqualTo(expected);
        }
    }

    @Test
    void theEnvelopeAndTheSharedSchemasMatchTheirRecords() {
        Map<String, Object> schemas = at(document, "components", "schemas");
        Set<String> envelope = Arrays.stream(CloudEvent.class.getRecordComponents())
                .map(component -> component.getAccessor().getAnnotation(JsonProperty.class).value())
                .collect(Collectors.toSet());
        assertThat(properties(schemas.get("CloudEvent"))).isEqualTo(envelope);
        assertThat(properties(schemas.get("AccountDetails"))).isEqualTo(componentsOf(AccountDetails.class));
        assertThat(properties(schemas.get("Address"))).isEqualTo(componentsOf(Address.class));
    }

    private static Set<String> componentsOf(Class<?> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Every schema given to one property of an object schema, through $ref and allOf. */
    private List<Object> schemasOf(Object schema, String name) {
        Map<String, Object> resolved = resolve(schema);
        List<Object> found = new ArrayList<>();
        Object own = asMap(resolved.getOrDefault("properties", Map.of())).get(name);
        if (own != null) {
            found.add(own);
        }
        asList(resolved.getOrDefault("allOf", List.of())).forEach(part -> found.addAll(schemasOf(part, name)));
        return found;
    }

    /** Every property an object schema names, through $ref and allOf. */
    private Set<String> properties(Object schema) {
        Map<String, Object> resolved = resolve(schema);
        Set<String> names = new LinkedHashSet<>(asMap(resolved.getOrDefault("properties", Map.of())).keySet());
        asList(resolved.getOrDefault("allOf", List.of())).forEach(part -> names.addAll(properties(part)));
        return names;
    }

    private Map<String, Object> resolve(Object schema) {
        Map<String, Object> map = asMap(schema);
        if (map.get("$ref") instanceof String ref) {
            Map<String, Object> target = document;
            for (String step : ref.substring(2).split("/")) {
                target = asMap(target.get(step));
            }
            return resolve(target);
        }
        return map;
    }

    private static Map<String, Object> at(Map<String, Object> map, String... path) {
        Map<String, Object> current = map;
        for (String step : path) {
            current = asMap(current.get(step));
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> asList(Object value) {
        return (List<Object>) value;
    }

    private static Map<String, Object> load() {
        try (InputStream yaml = AsyncApiDocumentTest.class.getResourceAsStream("/static/asyncapi/asyncapi.yaml")) {
            return new Yaml().load(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
