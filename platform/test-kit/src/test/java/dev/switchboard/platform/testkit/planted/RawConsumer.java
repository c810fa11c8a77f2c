package dev.switchboard.platform.testkit.planted;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/** Breaks the consuming rule: a group consumer that handles records past the inbox. */
class RawConsumer {

    final List<String> seen = new ArrayList<>();

    @KafkaListener(topics = "things")
    void on(ConsumerRecord<String, String> record) {
        seen.add(record.value());
    }
}
