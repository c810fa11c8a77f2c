package dev.switchboard.platform.testkit.planted;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.annotation.TopicPartition;

/** Keeps the consuming rule: follows partitions it assigns itself, in no group, like a search index feeder. */
class OwnPartitionsFollower {

    final List<String> keys = new ArrayList<>();

    @KafkaListener(topicPartitions = @TopicPartition(topic = "things", partitions = "0"))
    void on(ConsumerRecord<String, String> record) {
        keys.add(record.key());
    }
}
