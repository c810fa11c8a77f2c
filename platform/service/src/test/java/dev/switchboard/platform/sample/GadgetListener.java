package dev.switchboard.platform.sample;

import dev.switchboard.platform.events.CloudEvent;
import dev.switchboard.platform.inbox.InboundEvents;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reacts to gadget events as the name asks: fail always, fail once, fail until repaired, wait for a gate, or answer
 * with a new gadget.
 */
@Component
class GadgetListener {

    final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> completions = new ConcurrentHashMap<>();
    volatile boolean repaired;
    volatile CountDownLatch gate = new CountDownLatch(0);

    private final InboundEvents inbound;
    private final GadgetRepository gadgets;

    GadgetListener(InboundEvents inbound, GadgetRepository gadgets) {
        this.inbound = inbound;
        this.gadgets = gadgets;
    }

    @KafkaListener(topics = "switchboard.samples.v1")
    void on(ConsumerRecord<String, String> record) {
        inbound.handle("gadgets", record, this::react);
    }

    private void react(CloudEvent event) {
        String name = event.data().path("name").asString("");
        int attempt = attempts.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
        if (name.startsWith("explode") || (name.startsWith("flaky") && attempt == 1)
                || (name.startsWith("broken") && !repaired)) {
            throw new IllegalStateException("cannot handle " + name + " (attempt " + attempt + ")");
        }
        if (name.startsWith("gated")) {
            awaitGate();
        }
        if (name.startsWith("echo")) {
            gadgets.save(Gadget.create("reply to " + name));
        }
        completions.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
    }

    private void awaitGate() {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
