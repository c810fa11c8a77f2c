package dev.switchboard.platform.inbox;

import dev.switchboard.platform.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Sends the events this service's consumer group dead-lettered on a topic back to that topic, for this group
 * alone (other groups skip them, see {@link InboxInterceptor}); meant for after the cause was fixed. What was
 * replayed is remembered as the committed offsets of a group of its own, so a second replay sends only what was
 * dead-lettered since. An event still failing for good is dead-lettered again.
 */
class DeadLetterReplay {

    static final String REPLAYED_FOR_GROUP = "switchboard-replayed-for-group";

    private static final Logger log = LoggerFactory.getLogger(DeadLetterReplay.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration LIMIT = Duration.ofMinutes(2);

    private final ConsumerFactory<?, ?> consumers;
    private final KafkaTemplate<String, String> kafka;
    private final String group;

    DeadLetterReplay(ConsumerFactory<?, ?> consumers, KafkaTemplate<String, String> kafka, String group) {
        this.consumers = consumers;
        this.kafka = kafka;
        this.group = group;
    }

    /** The dead letters of this group on the topic that have not been replayed yet, without replaying them. */
    Report waiting(String topic) throws Exception {
        return pass(topic, false);
    }

    Report replay(String topic) throws Exception {
        Report report = pass(topic, true);
        log.info("Replayed {} dead-lettered event(s) of {} for consumer group {}", report.events(), topic, group);
        return report;
    }

    private Report pass(String topic, boolean send) throws Exception {
        String deadLetters = Topics.deadLetterOf(topic);
        try (Consumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetters, POLL.multipliedBy(25)).stream()
                    .map(info -> new TopicPartition(deadLetters, info.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<TopicPartition, OffsetAndMetadata> replayed = consumer.committed(Set.copyOf(partitions));
            partitions.forEach(partition -> {
                OffsetAndMetadata done = replayed.get(partition);
                if (done == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, done.offset());
                }
            });
            List<String> eventIds = new ArrayList<>();
            List<CompletableFuture<?>> sends = new ArrayList<>();
            long deadline = System.nanoTime() + LIMIT.toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("reading " + deadLetters + " took longer than " + LIMIT);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    if (group.equals(header(record, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP))) {
                        eventIds.add(record.key());
                        if (send) {
                            sends.add(kafka.send(backToTopic(topic, record)));
                        }
                    }
                }
            }
            if (send) {
                CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(1, TimeUnit.MINUTES);
                Map<TopicPartition, OffsetAndMetadata> positions = new HashMap<>();
                partitions.forEach(partition -> positions.put(partition, new OffsetAndMetadata(consumer.position(partition))));
                consumer.commitSync(positions);
            }
            return new Report(topic, group, eventIds.size(), eventIds);
        }
    }

    private ProducerRecord<String, String> backToTopic(String topic, ConsumerRecord<String, String> deadLetter) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, deadLetter.key(), deadLetter.value());
        Header contentType = deadLetter.headers().lastHeader("content-type");
        if (contentType != null) {
            record.headers().add(contentType);
        }
        record.headers().add(REPLAYED_FOR_GROUP, group.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private Consumer<String, String> consumer() {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        overrides.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        overrides.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        @SuppressWarnings("unchecked")
        Consumer<String, String> consumer = (Consumer<String, String>) consumers.createConsumer(group + ".dlt-replay",
                null, null, overrides);
        return consumer;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** What a replay sent, or would send: the keys (aggregate ids) of the events, in order. */
    record Report(String topic, String group, int events, List<String> aggregateIds) {
    }
}
