package dev.switchboard.platform.sample;

import dev.switchboard.platform.events.Channel;
import dev.switchboard.platform.events.CloudEvent;
import dev.switchboard.platform.events.CloudEventCodec;
import dev.switchboard.platform.events.EventContext;
import java.time.Instant;
import java.util.UUID;
import org.springframework.kafka.core.KafkaTemplate;

/** Gadget events as another service would publish them to the sample topic. */
final class SampleEvents {

    static final String TOPIC = "switchboard.samples.v1";

    private static final CloudEventCodec CODEC = new CloudEventCodec();

    private SampleEvents() {
    }

    static CloudEvent publish(KafkaTemplate<String, String> kafka, String name) throws Exception {
        String id = UUID.randomUUID().toString();
        CloudEvent event = CODEC.wrap(new Gadget.GadgetCreated(id, 1, name),
                new EventContext("u-1", "editor", Channel.MANUAL, "corr-" + id, null), "/switchboard/elsewhere",
                UUID.randomUUID().toString(), Instant.now());
        kafka.send(TOPIC, id, CODEC.encode(event)).get();
        return event;
    }
}
