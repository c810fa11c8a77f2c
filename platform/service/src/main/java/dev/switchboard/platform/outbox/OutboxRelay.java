package dev.switchboard.platform.outbox;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import dev.switchboard.platform.events.CloudEvent;
import dev.switchboard.platform.ledger.IdLedger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Sends outbox entries to Kafka, in order per document, right after a save and on a timer for whatever a crash
 * left behind. An entry leaves its document only once the broker acknowledged it and the send is recorded. Delivery
 * is at least once (a crash between acknowledgement and record, or two instances relaying the same document);
 * consumers drop repeats by event id.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int SWEEP_BATCH = 500;

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final OutboxCollections collections;
    private final IdLedger sent;
    private final PendingOutboxes pending;
    private final TraceParents traces;
    private static final long BROKER_AWAY_PAUSE_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final Map<String, CompletableFuture<Void>> queued = new ConcurrentHashMap<>();
    private volatile long lastSendFailure = System.nanoTime() - BROKER_AWAY_PAUSE_NANOS;
    private ScheduledExecutorService worker;

    OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties,
            OutboxCollections collections, IdLedger sent, PendingOutboxes pending, TraceParents traces) {
        this.traces = traces;
        this.sent = sent;
        this.pending = pending;
        this.mongo = mongo;
        this.kafka = kafka;
        this.properties = properties;
        this.collections = collections;
    }

    /**
     * Queues the document's pending events for sending; a document already queued is not queued twice. The future
     * completes once the queued job has run, whether or not the broker took every event (the sweep retries those).
     */
    public CompletableFuture<Void> publishSoon(String collection, Object id) {
        ScheduledExecutorService current = worker;
        if (current == null) {
            return CompletableFuture.completedFuture(null);
        }
        String job = collection + "/" + id;
        CompletableFuture<Void> fresh = new CompletableFuture<>();
        CompletableFuture<Void> waiting = queued.putIfAbsent(job, fresh);
        if (waiting != null) {
            return waiting;
        }
        current.execute(() -> {
            queued.remove(job);
            try {
                publish(collection, id);
            } finally {
                fresh.complete(null);
            }
        });
        return fresh;
    }

    /** Whether a send failed in the last few seconds: then nobody should wait for the next one. */
    boolean brokerRecentlyAway() {
        return System.nanoTime() - lastSendFailure < BROKER_AWAY_PAUSE_NANOS;
    }

    /** Queues the documents marked as holding unsent events. */
    public void sweep() {
        pending.some(SWEEP_BATCH).forEach(marker -> publishSoon(marker.collection(), marker.documentId()));
    }

    /**
     * Queues every document that holds unsent events, found by reading them all: once at start, for anything
     * written before markers existed or whose marker a race removed.
     */
    void sweepAll() {
        for (String collection : collections.names()) {
            mongo.getCollection(collection)
                    .find(Filters.exists(OutboxEntry.FIELD + ".0"))
                    .projection(Projections.include("_id"))
                    .forEach(doc -> publishSoon(collection, doc.get("_id")));
        }
    }

    private void publish(String collection, Object id) {
        MongoCollection<Document> documents = mongo.getCollection(collection);
        Document holder = documents.find(Filters.eq("_id", id)).projection(Projections.include(OutboxEntry.FIELD)).first();
        if (holder == null) {
            pending.clearOrphan(collection, id);
            return;
        }
        for (Document entry : holder.getList(OutboxEntry.FIELD, Document.class, List.of())) {
            String eventId = entry.getString(OutboxEntry.EVENT_ID);
            try {
                if (!sent.contains(eventId)) {
                    send(entry);
                    sent.record(eventId);
                }
            } catch (Exception e) {
                // the rest of this document waits, so its events stay in order; the sweep comes back for them
                lastSendFailure = System.nanoTime();
                log.warn("Outbox event {} of {}/{} not sent yet: {}", eventId,
                        collection, id, NestedExceptionUtils.getMostSpecificCause(e).toString());
                return;
            }
            documents.updateOne(Filters.eq("_id", id), Updates.pull(OutboxEntry.FIELD, Filters.eq(OutboxEntry.EVENT_ID, eventId)));
        }
        // asked by id alone: the embedded MongoDB answers only a query of exactly the indexed fields from an index
        Document after = documents.find(Filters.eq("_id", id))
                .projection(Projections.include(OutboxEntry.FIELD, PendingOutboxes.LOCK_VERSION)).first();
        if (after == null) {
            pending.clearOrphan(collection, id);
        } else if (after.getList(OutboxEntry.FIELD, Object.class, List.of()).isEmpty()) {
            pending.clearUpTo(collection, id, after.get(PendingOutboxes.LOCK_VERSION));
        }
    }

    private void send(Document entry) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(entry.getString("topic"),
                entry.getString("key"), entry.getString("payload"));
        record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        // the template's observation makes the send a child of this span and writes its traceparent header
        traces.continueIn(entry.getString(OutboxEntry.TRACE_PARENT), () ->
                kafka.send(record).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS));
    }

    @Override
    public void start() {
        worker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("outbox-relay").daemon().factory());
        long interval = properties.sweepInterval().toMillis();
        worker.execute(this::indexVersionedSaves);
        worker.execute(this::sweepAllQuietly);
        worker.scheduleWithFixedDelay(this::sweepQuietly, interval, interval, TimeUnit.MILLISECONDS);
    }

    /**
     * A save of an aggregate asks for its id and lock version together. The embedded MongoDB answers a query from
     * an index only when the index has exactly the query's fields, so without this one every save of a changed
     * aggregate would read the whole collection. Real MongoDB would not need it; it costs little there.
     */
    private void indexVersionedSaves() {
        for (String collection : collections.names()) {
            try {
                mongo.indexOps(collection).createIndex(new Index().on("_id", Sort.Direction.ASC)
                        .on("lockVersion", Sort.Direction.ASC).unique().named("id_lockVersion"));
            } catch (RuntimeException e) {
                log.warn("Index for versioned saves of {} not created: {}", collection, e.toString());
            }
        }
    }

    private void sweepAllQuietly() {
        try {
            sweepAll();
        } catch (RuntimeException e) {
            log.warn("Outbox sweep at start failed; marked documents are still swept: {}", e.toString());
        }
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("Outbox sweep failed, trying again in {}: {}", properties.sweepInterval(), e.toString());
        }
    }

    @Override
    public void stop() {
        if (worker != null) {
            worker.shutdown();
            try {
                worker.awaitTermination(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            worker = null;
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }
}
