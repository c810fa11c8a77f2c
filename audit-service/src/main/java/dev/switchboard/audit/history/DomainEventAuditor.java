package dev.switchboard.audit.history;

import dev.switchboard.platform.events.CloudEvent;
import dev.switchboard.platform.events.Topics;
import dev.switchboard.platform.inbox.InboundEvents;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Keeps every field change of every domain event. It subscribes by pattern, so a new service's topic is
 * followed without a change here, and it needs no knowledge of event types: every event lists its changes.
 */
@Component
class DomainEventAuditor {

    private final InboundEvents inbound;
    private final AuditEntryRepository entries;
    private final PurgedEntities purged;

    DomainEventAuditor(InboundEvents inbound, AuditEntryRepository entries, PurgedEntities purged) {
        this.inbound = inbound;
        this.entries = entries;
        this.purged = purged;
    }

    @KafkaListener(topicPattern = Topics.ALL_DOMAIN_TOPICS,
            properties = "metadata.max.age.ms=${switchboard.audit.topic-refresh-ms:10000}")
    void on(ConsumerRecord<String, String> record) {
        inbound.handle("audit", record, this::record);
    }

    private void record(CloudEvent event) {
        JsonNode data = event.data();
        String entityType = data.path("aggregateType").asString("unknown");
        String entityId = data.path("aggregateId").asString(event.subject());
        long version = data.path("aggregateVersion").asLong(0);
        boolean erase = !purged.eraseIfPurge(event.type(), entityType, entityId)
                && purged.isPurged(entityType, entityId);
        List<AuditEntry> changes = new ArrayList<>();
        int position = 0;
        for (JsonNode change : data.path("changes")) {
            changes.add(new AuditEntry(event.id() + "/" + position, event.time(), entityType, entityId, version,
                    change.path("field").asString(), erase ? null : plain(change.get("oldValue")),
                    erase ? null : plain(change.get("newValue")), erase,
                    event.actor(), event.actorName(), event.channel() == null ? null : event.channel().name(),
                    event.type(), event.id(), event.correlationId(), event.causationId(), position));
            position++;
        }
        entries.saveAll(changes);
    }

    /** A JSON value as the plain Java value Mongo stores: text, number, boolean, list or map. */
    private static Object plain(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isString()) {
            return value.asString();
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        return value.toString();
    }
}
