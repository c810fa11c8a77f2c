package dev.switchboard.audit.history;

import dev.switchboard.platform.events.CloudEvent;
import dev.switchboard.platform.events.Topics;
import dev.switchboard.platform.inbox.InboundEvents;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Keeps every field change of every domain event. It subscribes by pattern, so a new service's topic is
 * followed without a change here, and it needs no knowledge of event types: every event lists its changes, and an
 * event about a contact names it in {@code contactId} (or {@code previousContactId}), which puts its entries into
 * that contact's history as well.
 */
@Component
class DomainEventAuditor {

    private static final List<String> CONTACT_FIELDS = List.of("contactId", "previousContactId", "fromContactId", "toContactId");

    private final InboundEvents inbound;
    private final EntityChains chains;
    private final ContactHistories histories;
    private final PurgedEntities purged;
    private final Timer lag;
    private final Clock clock;

    DomainEventAuditor(InboundEvents inbound, EntityChains chains, ContactHistories histories, PurgedEntities purged,
            MeterRegistry registry, Clock clock) {
        this.inbound = inbound;
        this.chains = chains;
        this.histories = histories;
        this.purged = purged;
        this.clock = clock;
        this.lag = Timer.builder("switchboard.audit.lag")
                .description("From an event's time to its entries being stored in the history")
                .publishPercentileHistogram()
                .register(registry);
    }

    @KafkaListener(topicPattern = Topics.ALL_DOMAIN_TOPICS,
            properties = "metadata.max.age.ms=${switchboard.audit.topic-refresh-ms:10000}")
    void on(ConsumerRecord<String, String> record) {
        inbound.handle("audit", record, event -> record(event, true));
    }

    /** Handles a record read again by a replay; whether it was new to the history. */
    boolean replay(ConsumerRecord<String, String> record) {
        AtomicBoolean recorded = new AtomicBoolean();
        inbound.handle("audit", record, event -> {
            recorded.set(true);
            record(event, false);
        });
        return recorded.get();
    }

    private void record(CloudEvent event, boolean live) {
        JsonNode data = event.data();
        String entityType = data.path("aggregateType").asString("unknown");
        String entityId = data.path("aggregateId").asString(event.subject());
        long version = data.path("aggregateVersion").asLong(0);
        Set<String> contactIds = contactsOf(entityType, entityId, data);
        boolean erase = !purged.eraseIfPurge(event.type(), entityType, entityId)
                && purged.isPurged(entityType, entityId, contactIds);
        Instant time = event.time() == null ? null : event.time().truncatedTo(ChronoUnit.MILLIS);
        List<AuditEntry> changes = new ArrayList<>();
        int position = 0;
        for (JsonNode change : data.path("changes")) {
            String field = change.path("field").asString();
            boolean secret = Secrets.isSecret(field);
            Object oldValue = erase || secret ? null : plain(Secrets.scrubbed(change.get("oldValue")));
            Object newValue = erase || secret ? null : plain(Secrets.scrubbed(change.get("newValue")));
            String salt = EntryHashes.newSalt();
            changes.add(new AuditEntry(null, 0, time, entityType, entityId, version, field, oldValue, newValue,
                    EntryHashes.digest(salt, oldValue), EntryHashes.digest(salt, newValue), erase ? null : salt, erase,
                    secret, event.actor(), event.actorName(), event.channel() == null ? null : event.channel().name(),
                    event.type(), event.id(), event.correlationId(), event.causationId(), position,
                    event.id() + "/" + position, List.copyOf(contactIds), null, null));
            position++;
        }
        // stored last field first, so that newest first reads an event's fields in their own order
        List<AuditEntry> newestLast = changes.reversed();
        chains.append(AuditEntry.chainOf(entityType, entityId), newestLast);
        for (String contactId : contactIds) {
            histories.append(contactId, newestLast.stream().map(AuditEntry::eventKey).toList());
        }
        if (live && event.time() != null && !changes.isEmpty()) {
            Duration delay = Duration.between(event.time(), clock.instant());
            lag.record(delay.isNegative() ? Duration.ZERO : delay);
        }
    }

    private static Set<String> contactsOf(String entityType, String entityId, JsonNode data) {
        Set<String> contactIds = new LinkedHashSet<>();
        if ("contact".equals(entityType)) {
            contactIds.add(entityId);
        }
        for (String name : CONTACT_FIELDS) {
            JsonNode contactId = data.get(name);
            if (contactId != null && contactId.isString() && !contactId.asString().isBlank()) {
                contactIds.add(contactId.asString());
            }
        }
        return contactIds;
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
            return value.decimalValue().toPlainString();
        }
        return value.toString();
    }
}
