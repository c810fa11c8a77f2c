package dev.switchboard.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.platform.events.Channel;
import dev.switchboard.platform.events.CloudEvent;
import dev.switchboard.platform.events.CloudEventCodec;
import dev.switchboard.platform.events.EventContext;
import dev.switchboard.platform.testkit.ServiceTest;
import dev.switchboard.platform.testkit.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;

@ServiceTest
class InboundEventsTest {

    private static final String TOPIC = "switchboard.samples.v1";

    @Autowired
    GadgetListener listener;
    @Autowired
    KafkaTemplate<String, String> kafkaTemplate;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    private final CloudEventCodec codec = new CloudEventCodec();

    @Test
    void theSameEventDeliveredTwiceIsHandledOnce() throws Exception {
        CloudEvent event = publish("twice");
        kafkaTemplate.send(TOPIC, event.subject(), codec.encode(event)).get();
        CloudEvent after = publish("after");

        awaitCompleted(after);
        assertThat(listener.completions.get(event.id())).hasValue(1);
        assertThat(listener.attempts.get(event.id())).hasValue(1);
    }

    @Test
    void aHandlerThatFailsOnceIsRetriedAndSucceeds() throws Exception {
        CloudEvent event = publish("flaky");
        awaitCompleted(event);
        assertThat(listener.attempts.get(event.id())).hasValue(2);
    }

    @Test
    void aHandlerThatKeepsFailingIsRetriedThenTheEventIsDeadLetteredAndTheNextOneHandled() throws Exception {
        try (TopicProbe deadLetters = new TopicProbe(kafka, TOPIC + ".DLT")) {
            CloudEvent poison = publish("explode");
            CloudEvent next = publish("next");

            assertThat(codec.decode(deadLetters.await(record -> record.value().contains(poison.id())).value()).id())
                    .isEqualTo(poison.id());
            awaitCompleted(next);
            assertThat(listener.attempts.get(poison.id())).hasValue(3);
            assertThat(listener.completions).doesNotContainKey(poison.id());
        }
    }

    @Test
    void whatAHandlerChangesIsAttributedToTheSystemAndCausedByTheEvent() throws Exception {
        try (TopicProbe probe = new TopicProbe(kafka, TOPIC)) {
            CloudEvent cause = publish("echo " + UUID.randomUUID());
            String replyName = "reply to " + cause.data().get("name").asString();

            CloudEvent reply = codec.decode(probe.await(record -> record.value().contains(replyName)).value());
            assertThat(reply.channel()).isEqualTo(Channel.SYSTEM);
            assertThat(reply.causationId()).isEqualTo(cause.id());
            assertThat(reply.correlationId()).isEqualTo(cause.correlationId());
            assertThat(reply.actorName()).isEqualTo("sample-service");
        }
    }

    private CloudEvent publish(String name) throws Exception {
        String id = UUID.randomUUID().toString();
        CloudEvent event = codec.wrap(new Gadget.GadgetCreated(id, 1, name),
                new EventContext("u-1", "editor", Channel.MANUAL, "corr-" + id, null), "/switchboard/elsewhere",
                UUID.randomUUID().toString(), Instant.now());
        kafkaTemplate.send(TOPIC, id, codec.encode(event)).get();
        return event;
    }

    private void awaitCompleted(CloudEvent event) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                listener.completions.getOrDefault(event.id(), new AtomicInteger()).get() > 0);
    }
}
