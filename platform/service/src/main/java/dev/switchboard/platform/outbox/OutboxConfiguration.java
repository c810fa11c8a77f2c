package dev.switchboard.platform.outbox;

import dev.switchboard.platform.context.EventContexts;
import dev.switchboard.platform.events.CloudEventCodec;
import dev.switchboard.platform.events.Topics;
import dev.switchboard.platform.ledger.IdLedger;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

/** The outbox of a service that publishes: recording on save, relaying to its topic, creating the topic. */
@AutoConfiguration
@ConditionalOnProperty("switchboard.events.topic")
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxConfiguration {

    /** Events the broker acknowledged; kept a week, far longer than any instance lives between load and save. */
    @Bean
    IdLedger sentEvents(ObjectProvider<MongoTemplate> mongo, Clock clock) {
        return new IdLedger(mongo, "outbox_sent", Duration.ofDays(7), clock);
    }

    @Bean
    TraceParents outboxTraceParents(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator,
            ObjectProvider<ObservationRegistry> observations) {
        return new TraceParents(tracer, propagator, observations);
    }

    @Bean
    OutboxRecorder outboxRecorder(CloudEventCodec codec, EventContexts contexts, OutboxProperties properties, Clock clock,
            IdLedger sentEvents, TraceParents outboxTraceParents) {
        return new OutboxRecorder(codec, contexts, properties, clock, sentEvents, outboxTraceParents);
    }

    @Bean
    PendingOutboxes pendingOutboxes(ObjectProvider<MongoTemplate> mongo, Clock clock) {
        return new PendingOutboxes(mongo, clock);
    }

    @Bean
    OutboxMetrics outboxMetrics(PendingOutboxes pending, Clock clock) {
        return new OutboxMetrics(pending, clock);
    }

    @Bean
    MarkPendingBeforeSave markPendingBeforeSave(PendingOutboxes pending) {
        return new MarkPendingBeforeSave(pending);
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties,
            MongoMappingContext mappingContext, IdLedger sentEvents, PendingOutboxes pending,
            TraceParents outboxTraceParents) {
        return new OutboxRelay(mongo, kafka, properties, new OutboxCollections(mappingContext), sentEvents, pending,
                outboxTraceParents);
    }

    @Bean
    PublishAfterSave publishAfterSave(OutboxRelay relay, OutboxProperties properties) {
        return new PublishAfterSave(relay, properties.awaitSend());
    }

    @Bean
    KafkaAdmin.NewTopics ownTopics(OutboxProperties properties) {
        return new KafkaAdmin.NewTopics(
                topic(properties.topic(), properties),
                topic(Topics.deadLetterOf(properties.topic()), properties));
    }

    private static NewTopic topic(String name, OutboxProperties properties) {
        return TopicBuilder.name(name).partitions(properties.partitions()).replicas(properties.replicas()).build();
    }
}
