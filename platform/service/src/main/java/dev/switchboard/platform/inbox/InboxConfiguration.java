package dev.switchboard.platform.inbox;

import dev.switchboard.platform.context.EventContexts;
import dev.switchboard.platform.events.CloudEventCodec;
import dev.switchboard.platform.ledger.IdLedger;
import dev.switchboard.platform.events.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DefaultErrorHandler;

/** Idempotent event handling and dead letters for every listener of the service. */
@AutoConfiguration
@EnableConfigurationProperties(InboxProperties.class)
public class InboxConfiguration {

    @Bean
    InboundEvents inboundEvents(ObjectProvider<MongoTemplate> mongo, CloudEventCodec codec, EventContexts contexts,
            Clock clock) {
        return new InboundEvents(new IdLedger(mongo, "processed_events", Duration.ofDays(30), clock), codec, contexts);
    }

    @Bean
    KafkaAdmin.NewTopics consumedTopics(InboxProperties properties,
            @Value("${switchboard.events.partitions:3}") int partitions,
            @Value("${switchboard.events.replicas:1}") int replicas) {
        return new KafkaAdmin.NewTopics(properties.topics().stream()
                .flatMap(topic -> Stream.of(topic, Topics.deadLetterOf(topic)))
                .map(topic -> TopicBuilder.name(topic).partitions(partitions).replicas(replicas).build())
                .toArray(NewTopic[]::new));
    }

    /** Boot's listener container factory picks this up as its error handler. */
    @Bean
    DefaultErrorHandler deadLetteringErrorHandler(KafkaOperations<?, ?> template, InboxProperties properties) {
        return DeadLetters.errorHandler(template, properties);
    }
}
