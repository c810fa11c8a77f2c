package dev.switchboard.platform.sample;

import static dev.switchboard.platform.sample.SampleEvents.TOPIC;
import static dev.switchboard.platform.sample.SampleEvents.publish;
import static dev.switchboard.platform.testkit.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.platform.events.CloudEvent;
import dev.switchboard.platform.inbox.StalledPartitions;
import dev.switchboard.platform.inbox.TopicCatchUp;
import dev.switchboard.platform.testkit.ServiceTest;
import dev.switchboard.platform.testkit.TestMongo;
import dev.switchboard.platform.testkit.TestTokens;
import dev.switchboard.platform.testkit.TopicProbe;
import dev.switchboard.platform.web.ServiceUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;

@ServiceTest
class InboxResilienceTest {

    @Autowired
    GadgetListener listener;
    @Autowired
    GadgetWatcher watcher;
    @Autowired
    GadgetRepository gadgets;
    @Autowired
    StalledPartitions stalls;
    @Autowired
    TopicCatchUp catchUp;
    @Autowired
    KafkaTemplate<String, String> kafkaTemplate;
    @Autowired
    MockMvc mvc;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Test
    void eventsArrivingWhileTheDatabaseIsAwayForThirtySecondsAreAllHandledAfterAndNoneIsDeadLettered() throws Exception {
        List<CloudEvent> events = new ArrayList<>();
        try (TestMongo.Outage outage = TestMongo.outage()) {
            for (int i = 0; i < 5; i++) {
                events.add(publish(kafkaTemplate, "echo during outage " + i));
            }
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> stalls.longestStall().toSeconds() >= 15);
            for (int i = 5; i < 10; i++) {
                events.add(publish(kafkaTemplate, "echo during outage " + i));
            }
            Awaitility.await().atMost(Duration.ofSeconds(40)).until(() -> stalls.longestStall().toSeconds() >= 30);
            assertThat(stalls.health(true).getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
            mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable());
        }

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(events)
                .allSatisfy(event -> assertThat(listener.completions.get(event.id())).hasValue(1)));
        Set<String> ids = events.stream().map(CloudEvent::id).collect(Collectors.toSet());
        try (TopicProbe deadLetters = new TopicProbe(kafka, TOPIC + ".DLT")) {
            assertThat(deadLetters.readToEnd()).noneMatch(record -> ids.stream().anyMatch(record.value()::contains));
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()));
    }

    @Test
    void aDeadLetteredEventIsReplayedToTheGroupThatFailedItOnlyAndOnlyOnce() throws Exception {
        String admin = bearer(TestTokens.user("admin", "admin"));
        CloudEvent broken = publish(kafkaTemplate, "broken until repaired");
        try (TopicProbe deadLetters = new TopicProbe(kafka, TOPIC + ".DLT")) {
            deadLetters.await(record -> record.value().contains(broken.id()));
        }
        assertThat(listener.completions).doesNotContainKey(broken.id());
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> watcher.received.containsKey(broken.id()));
        mvc.perform(get("/actuator/deadletters/" + TOPIC).header("Authorization", admin))
                .andExpect(status().isOk()).andExpect(jsonPath("$.aggregateIds").value(org.hamcrest.Matchers.hasItem(broken.subject())));

        listener.repaired = true;
        try {
            mvc.perform(post("/actuator/deadletters/" + TOPIC).header("Authorization", admin))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.events").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> listener.completions.containsKey(broken.id()));

            CloudEvent after = publish(kafkaTemplate, "after the replay");
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> watcher.received.containsKey(after.id()));
            assertThat(watcher.received.get(broken.id())).as("the other group never sees the replay").hasValue(1);
            assertThat(listener.completions.get(broken.id())).hasValue(1);
            mvc.perform(post("/actuator/deadletters/" + TOPIC).header("Authorization", admin))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.events").value(0));
        } finally {
            listener.repaired = false;
        }
    }

    @Test
    void replayingDeadLettersNeedsTheAdminRole() throws Exception {
        mvc.perform(post("/actuator/deadletters/" + TOPIC)
                        .header("Authorization", bearer(TestTokens.user("editor", "editor"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aDecisionWaitsUntilTheViewHasAppliedWhatWasPublishedBeforeIt() throws Exception {
        listener.gate = new CountDownLatch(1);
        CloudEvent held;
        try {
            held = publish(kafkaTemplate, "gated");
            assertThatThrownBy(() -> catchUp.await(TOPIC)).isInstanceOf(ServiceUnavailableException.class);
        } finally {
            listener.gate.countDown();
        }
        catchUp.await(TOPIC);
        assertThat(listener.completions.get(held.id())).hasValue(1);
    }

    @Test
    void aSaveReturnsOnlyOnceItsEventsAreOnTheBroker() throws Exception {
        try (Admin admin = Admin.create(java.util.Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            long before = endOffset(admin);
            gadgets.save(Gadget.create("published before the save returns"));
            assertThat(endOffset(admin)).isGreaterThan(before);
        }
    }

    /** The sum of the ends of the topic's partitions: how many records it holds. */
    private static long endOffset(Admin admin) throws Exception {
        var partitions = admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions().stream()
                .collect(Collectors.toMap(info -> new TopicPartition(TOPIC, info.partition()), info -> OffsetSpec.latest()));
        return admin.listOffsets(partitions).all().get().values().stream().mapToLong(info -> info.offset()).sum();
    }
}
