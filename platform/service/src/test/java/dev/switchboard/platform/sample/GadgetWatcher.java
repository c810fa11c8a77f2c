package dev.switchboard.platform.sample;

import dev.switchboard.platform.events.CloudEventCodec;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Another consumer group on the same topic, as audit-service is beside a view: counts what it receives. */
@Component
class GadgetWatcher {

    final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();

    private final CloudEventCodec codec;

    GadgetWatcher(CloudEventCodec codec) {
        this.codec = codec;
    }

    @KafkaListener(topics = "switchboard.samples.v1", groupId = "sample-watcher")
    void on(ConsumerRecord<String, String> record) {
        received.computeIfAbsent(codec.decode(record.value()).id(), id -> new AtomicInteger()).incrementAndGet();
    }
}
