package dev.switchboard.platform.testkit;

import dev.switchboard.platform.events.Channel;
import dev.switchboard.platform.events.CloudEvent;
import dev.switchboard.platform.events.CloudEventCodec;
import dev.switchboard.platform.events.DomainEvent;
import dev.switchboard.platform.events.EventContext;
import java.time.Instant;
import java.util.UUID;
import org.springframework.kafka.core.KafkaTemplate;

/** Publishes events as another service would, for a service's tests of its reactions to them. */
public final class OtherService {

    private final String name;
    private final KafkaTemplate<String, String> kafka;
    private final CloudEventCodec codec;

    public OtherService(String name, KafkaTemplate<String, String> kafka, CloudEventCodec codec) {
        this.name = name;
        this.kafka = kafka;
        this.codec = codec;
    }

    /** Sends the event to {@code topic}, keyed by its aggregate id, as a user acting in that service; returns it. */
    public CloudEvent publish(String topic, DomainEvent event) throws Exception {
        CloudEvent cloudEvent = codec.wrap(event, new EventContext("u-1", "editor", Channel.MANUAL,
                "corr-" + UUID.randomUUID(), null), "/switchboard/" + name, UUID.randomUUID().toString(), Instant.now());
        kafka.send(topic, event.aggregateId(), codec.encode(cloudEvent)).get();
        return cloudEvent;
    }
}
