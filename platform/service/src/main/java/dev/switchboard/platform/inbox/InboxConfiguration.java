package dev.switchboard.platform.inbox;

import dev.switchboard.platform.context.EventContexts;
import dev.switchboard.platform.events.CloudEventCodec;
import dev.switchboard.platform.events.Topics;
import dev.switchboard.platform.ledger.IdLedger;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerContainerPauseService;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/** Idempotent event handling, retries, dead letters and their replay, and view catch-up for every service. */
@AutoConfiguration
@EnableConfigurationProperties(InboxProperties.class)
public class InboxConfiguration {

    @Bean
    InboundEvents inboundEvents(ObjectProvider<MongoTemplate> mongo, CloudEventCodec codec, EventContexts contexts,
            Clock clock) {
        return new InboundEvents(new IdLedger(mongo, "processed_events", Duration.ofDays(30), clock), codec, contexts);
    }

    @Bean
    InOrder inOrder(ObjectProvider<MongoTemplate> mongo, CloudEventCodec codec, EventContexts contexts) {
        return new InOrder(mongo, codec, contexts);
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

    /** Named so that the health endpoint shows it as {@code inbox}, in the readiness group. */
    @Bean
    StalledPartitions inboxHealthIndicator(Clock clock) {
        return new StalledPartitions(clock);
    }

    /** Boot's listener container factory picks this up for every listener. */
    @Bean
    InboxInterceptor inboxInterceptor(StalledPartitions stalls) {
        return new InboxInterceptor(stalls);
    }

    /** Boot's listener container factory picks this up as its error handler. */
    @Bean
    DefaultErrorHandler deadLetteringErrorHandler(KafkaOperations<?, ?> template, InboxProperties properties,
            KafkaListenerEndpointRegistry listeners, StalledPartitions stalls, MeterRegistry meters) {
        ThreadPoolTaskScheduler resumer = new ThreadPoolTaskScheduler();
        resumer.setThreadNamePrefix("inbox-resume-");
        resumer.setDaemon(true);
        resumer.initialize();
        return DeadLetters.errorHandler(template, properties, new ListenerContainerPauseService(listeners, resumer),
                stalls, meters);
    }

    @Bean
    TopicCatchUp topicCatchUp(KafkaAdmin kafkaAdmin, InboxProperties properties, Clock clock,
            @Value("${spring.kafka.consumer.group-id}") String group) {
        return new TopicCatchUp(kafkaAdmin, group, properties.catchUpTimeout(), clock);
    }

    @Bean
    DeadLettersEndpoint deadLettersEndpoint(ConsumerFactory<?, ?> consumers, KafkaTemplate<String, String> kafka,
            @Value("${spring.kafka.consumer.group-id}") String group) {
        return new DeadLettersEndpoint(new DeadLetterReplay(consumers, kafka, group));
    }
}
