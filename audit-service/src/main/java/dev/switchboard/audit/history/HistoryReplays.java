package dev.switchboard.audit.history;

import dev.switchboard.platform.context.EventContexts;
import dev.switchboard.platform.events.MalformedEventException;
import dev.switchboard.platform.domain.DomainRuleViolation;
import dev.switchboard.platform.domain.InvalidValues;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the history from a topic's retained events, one job at a time in the background: the topic is read from
 * the given time (or its start) up to where it ended when the job began, each record handled like a live one, so
 * an event the history already holds adds nothing (the inbox skips it by id, and each entry's event key is unique).
 */
@Component
class HistoryReplays {

    private static final Logger log = LoggerFactory.getLogger(HistoryReplays.class);
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(10);
    private static final int PROGRESS_EVERY = 200;

    private final ConsumerFactory<String, String> consumers;
    private final DomainEventAuditor auditor;
    private final MongoTemplate mongo;
    private final EventContexts contexts;
    private final Clock clock;
    private final AtomicReference<String> current = new AtomicReference<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("audit-replay").daemon().factory());

    HistoryReplays(ConsumerFactory<String, String> consumers, DomainEventAuditor auditor, MongoTemplate mongo,
            EventContexts contexts, Clock clock) {
        this.consumers = consumers;
        this.auditor = auditor;
        this.mongo = mongo;
        this.contexts = contexts;
        this.clock = clock;
    }

    /** Starts a job, unless one is running (409): a rebuild reads a whole topic, one at a time is plenty. */
    synchronized ReplayJob start(ReplayRequest request) {
        String running = current.get();
        if (running != null) {
            throw DomainRuleViolation.conflict("A rebuild of the history is running.", List.of("running: " + running));
        }
        String id = UUID.randomUUID().toString();
        Consumer<String, String> consumer = consumerFor(id);
        List<TopicPartition> partitions;
        try {
            List<PartitionInfo> found = consumer.partitionsFor(request.topic(), KAFKA_TIMEOUT);
            partitions = found == null ? List.of()
                    : found.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        } catch (KafkaException e) {
            consumer.close();
            throw new KafkaUnavailable(e);
        }
        if (partitions.isEmpty()) {
            consumer.close();
            throw InvalidValues.of("topic", "no such topic");
        }
        ReplayJob job = mongo.insert(new ReplayJob(id, request.topic(), request.from(), ReplayJob.Status.RUNNING, 0,
                0, 0, clock.instant(), null, contexts.current().actorName(), null));
        current.set(id);
        runner.execute(() -> {
            try {
                run(job, consumer, partitions);
            } finally {
                current.compareAndSet(id, null);
            }
        });
        return job;
    }

    ReplayJob find(String id) {
        return mongo.findById(id, ReplayJob.class);
    }

    private void run(ReplayJob started, Consumer<String, String> consumer, List<TopicPartition> partitions) {
        ReplayJob job = started;
        AtomicLong read = new AtomicLong();
        AtomicLong recorded = new AtomicLong();
        AtomicLong unreadable = new AtomicLong();
        try (consumer) {
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, KAFKA_TIMEOUT);
            seekToStart(consumer, partitions, job);
            while (!reached(consumer, end)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() >= end.getOrDefault(new TopicPartition(record.topic(), record.partition()),
                            Long.MAX_VALUE)) {
                        continue;
                    }
                    try {
                        if (auditor.replay(record)) {
                            recorded.incrementAndGet();
                        }
                    } catch (MalformedEventException notAnEvent) {
                        unreadable.incrementAndGet();
                    }
                    if (read.incrementAndGet() % PROGRESS_EVERY == 0) {
                        job = save(job.progressed(read.get(), recorded.get(), unreadable.get()));
                    }
                }
            }
            current.compareAndSet(job.id(), null);
            job = save(job.progressed(read.get(), recorded.get(), unreadable.get())
                    .finished(ReplayJob.Status.DONE, clock.instant(), null));
        } catch (RuntimeException e) {
            log.error("Replay {} of {} failed", job.id(), job.topic(), e);
            current.compareAndSet(job.id(), null);
            save(job.progressed(read.get(), recorded.get(), unreadable.get())
                    .finished(ReplayJob.Status.FAILED, clock.instant(), e.getClass().getSimpleName()));
        }
    }

    private static void seekToStart(Consumer<String, String> consumer, List<TopicPartition> partitions,
            ReplayJob job) {
        if (job.from() == null) {
            consumer.seekToBeginning(partitions);
            return;
        }
        Map<TopicPartition, Long> times = new HashMap<>();
        partitions.forEach(partition -> times.put(partition, job.from().toEpochMilli()));
        Map<TopicPartition, OffsetAndTimestamp> offsets = consumer.offsetsForTimes(times, KAFKA_TIMEOUT);
        for (TopicPartition partition : partitions) {
            OffsetAndTimestamp offset = offsets.get(partition);
            if (offset == null) {
                consumer.seekToEnd(List.of(partition));
            } else {
                consumer.seek(partition, offset.offset());
            }
        }
    }

    private static boolean reached(Consumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(target -> consumer.position(target.getKey()) >= target.getValue());
    }

    private ReplayJob save(ReplayJob job) {
        return mongo.save(job);
    }

    private Consumer<String, String> consumerFor(String jobId) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        return consumers.createConsumer("audit-replay-" + jobId, "audit-replay", null, properties);
    }

    /** Kafka did not tell which partitions the topic has; the controller answers 503. */
    static class KafkaUnavailable extends RuntimeException {

        KafkaUnavailable(Throwable cause) {
            super("Kafka did not answer", cause);
        }
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }
}
