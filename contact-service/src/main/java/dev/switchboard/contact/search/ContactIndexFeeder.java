package dev.switchboard.contact.search;

import dev.switchboard.contact.contact.Contact;
import dev.switchboard.contact.contact.ContactRepository;
import dev.switchboard.platform.events.Topics;
import java.time.Duration;
import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance's search index in step with MongoDB. At start it notes where the contacts topic ends, then
 * indexes every contact in MongoDB (read by id in small batches); after that it follows the topic from the noted
 * positions, so no change made meanwhile, by this instance or another, is missed. Each event only says which contact to index again from
 * MongoDB, which makes the order of events and their redelivery harmless. Every instance reads the whole topic,
 * since each keeps its own index.
 */
@Component
class ContactIndexFeeder implements SmartLifecycle, ConsumerSeekAware {

    private static final Logger log = LoggerFactory.getLogger(ContactIndexFeeder.class);
    /** Contacts read by id at a time: the embedded MongoDB holds a whole result in memory, so none is big. */
    private static final int BATCH = 500;

    private final ContactIndex index;
    private final ContactRepository contacts;
    private final MongoTemplate mongo;
    private final ConsumerFactory<String, String> consumers;
    private final Map<TopicPartition, Long> startFrom = new ConcurrentHashMap<>();
    private volatile boolean running;

    ContactIndexFeeder(ContactIndex index, ContactRepository contacts, MongoTemplate mongo,
            ConsumerFactory<String, String> consumers) {
        this.index = index;
        this.contacts = contacts;
        this.mongo = mongo;
        this.consumers = consumers;
    }

    /** Runs before the listener containers start, and the service is not ready until it is done. */
    @Override
    public void start() {
        long started = System.nanoTime();
        noteTheEndOfTheTopic();
        List<Object> batch = new ArrayList<>(BATCH);
        long indexed = 0;
        for (Document id : mongo.getCollection(mongo.getCollectionName(Contact.class)).find()
                .projection(Projections.include("_id")).batchSize(BATCH)) {
            batch.add(id.get("_id"));
            if (batch.size() == BATCH) {
                indexed += indexById(batch);
                batch.clear();
            }
        }
        indexed += indexById(batch);
        index.refresh();
        log.info("Search index built from MongoDB: {} contacts in {} ms", indexed,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        running = true;
    }

    private int indexById(List<Object> ids) {
        int indexed = 0;
        if (!ids.isEmpty()) {
            for (Contact contact : mongo.find(Query.query(Criteria.where("_id").in(ids)), Contact.class)) {
                if (!contact.purged()) {
                    index.put(contact);
                    indexed++;
                }
            }
        }
        return indexed;
    }

    /**
     * Reads every partition itself (no group membership), so instances never share the work and no consumer group is
     * left behind on the broker at each start; the group named here only receives commits nothing reads.
     */
    @KafkaListener(groupId = "${spring.application.name}-search", topicPartitions = @org.springframework.kafka.annotation.TopicPartition(
            topic = Topics.CONTACTS, partitions = "0-#{${switchboard.events.partitions:3} - 1}"))
    void on(ConsumerRecord<String, String> record) {
        String contactId = record.key();
        if (contactId != null) {
            contacts.findById(contactId).ifPresentOrElse(index::put, () -> index.remove(contactId));
        }
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        assignments.keySet().forEach(partition ->
                callback.seek(partition.topic(), partition.partition(), startFrom.getOrDefault(partition, 0L)));
    }

    private void noteTheEndOfTheTopic() {
        try (Consumer<String, String> consumer = consumers.createConsumer("contact-index-start", null)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.CONTACTS, Duration.ofSeconds(60)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            startFrom.putAll(consumer.endOffsets(partitions, Duration.ofSeconds(60)));
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the listener containers, which start at {@code Integer.MAX_VALUE - 100}. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 200;
    }
}
