package dev.switchboard.platform.testkit.planted;

import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;

/** Breaks the consuming rule: a class-level listener, whose handler methods carry no {@code @KafkaListener}. */
@KafkaListener(topics = "things")
class ListenerClass {

    @KafkaHandler
    void on(String value) {
    }
}
