package dev.switchboard.platform.events;

import java.time.Instant;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Writes domain events as CloudEvents JSON and reads them back; the one wire format of every topic. */
public final class CloudEventCodec {

    private final JsonMapper mapper;

    public CloudEventCodec() {
        this.mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    public CloudEvent wrap(DomainEvent event, EventContext context, String source, String id, Instant time) {
        ObjectNode data = mapper.valueToTree(event);
        data.put("aggregateType", event.aggregateType());
        data.put("aggregateId", event.aggregateId());
        data.put("aggregateVersion", event.aggregateVersion());
        data.set("changes", mapper.valueToTree(event.changes()));
        return new CloudEvent(CloudEvent.SPEC_VERSION, id, source, event.eventType(), time, event.aggregateId(),
                "application/json", context.actor(), context.actorName(), context.channel(),
                context.correlationId(), context.causationId(), data);
    }

    public String encode(CloudEvent event) {
        return mapper.writeValueAsString(event);
    }

    /** Reads a CloudEvent; anything that is not one is a {@link MalformedEventException}. */
    public CloudEvent decode(String json) {
        try {
            CloudEvent event = mapper.readValue(json, CloudEvent.class);
            if (event == null || event.id() == null || event.type() == null || event.data() == null
                    || !event.data().isObject()) {
                throw new MalformedEventException("not a CloudEvent with id, type and object data");
            }
            return event;
        } catch (JacksonException e) {
            throw new MalformedEventException("unreadable CloudEvent: " + e.getOriginalMessage());
        }
    }

    /** The event's data as its record, if the type is one this platform knows. */
    public Optional<DomainEvent> dataOf(CloudEvent event) {
        return EventTypes.classOf(event.type()).map(type -> read(event.data(), type));
    }

    public <T> T read(JsonNode data, Class<T> type) {
        try {
            return mapper.treeToValue(data, type);
        } catch (JacksonException e) {
            throw new MalformedEventException("data does not fit " + type.getSimpleName() + ": " + e.getOriginalMessage());
        }
    }
}
