package dev.switchboard.platform.testkit.planted;

import org.springframework.kafka.core.KafkaTemplate;

/** Breaks the publishing rule: sends to Kafka past the outbox. */
class RawPublisher {

    private final KafkaTemplate<String, String> kafka;

    RawPublisher(KafkaTemplate<String, String> kafka) {
        this.kafka = kafka;
    }

    void publish(String event) {
        kafka.send("things", event);
    }
}
