package dev.switchboard.webhook.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.standardwebhooks.Webhook;
import dev.switchboard.events.contact.ContactCreated;
import dev.switchboard.events.contact.ContactDeleted;
import dev.switchboard.events.contact.ContactDetails;
import dev.switchboard.events.contact.ContactPurged;
import dev.switchboard.events.contact.ContactRestored;
import dev.switchboard.platform.events.CloudEvent;
import dev.switchboard.platform.events.Topics;
import dev.switchboard.platform.testkit.TopicProbe;
import dev.switchboard.webhook.Receiver;
import dev.switchboard.webhook.WebhookTestSupport;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * Events reach subscribed endpoints signed per Standard Webhooks, in order per entity, retried on the schedule,
 * and a subscription that keeps failing is disabled. The schedule under test is 10 s, 1 min, 1 h (test config).
 */
class DeliveryTest extends WebhookTestSupport {

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Test
    void aWantedEventArrivesAsItsCloudEventSignedPerStandardWebhooks() throws Exception {
        try (Receiver receiver = new Receiver()) {
            String subscription = subscribed(receiver.url(), "switchboard.ContactDeleted");
            String contactId = UUID.randomUUID().toString();

            publish(new ContactCreated(contactId, 1, ContactDetails.builder().firstName("Ada").build(), null));
            CloudEvent deleted = publish(new ContactDeleted(contactId, 2));

            eventually().until(() -> !receiver.received().isEmpty());
            Receiver.Received request = receiver.received().getFirst();
            assertThat(request.header("Content-Type")).isEqualTo("application/cloudevents+json");
            assertThat(request.header("webhook-id")).isEqualTo(deleted.id());
            JsonNode event = json.readTree(request.body());
            assertThat(event.get("type").asString()).isEqualTo("switchboard.ContactDeleted");
            assertThat(event.get("subject").asString()).isEqualTo(contactId);
            new Webhook(SECRET).verify(request.body(), lowerCased(request.headers()));
            eventually().untilAsserted(() -> assertThat(deliveries(subscription).get(0).get("status").asString())
                    .isEqualTo("DELIVERED"));
            JsonNode delivery = deliveries(subscription).get(0);
            assertThat(delivery.get("eventId").asString()).isEqualTo(deleted.id());
            assertThat(delivery.at("/attempts/0/statusCode").asInt()).isEqualTo(204);
            assertThat(deliveries(subscription)).hasSize(1);
        }
    }

    @Test
    void aFailingTargetIsRetriedOnScheduleAndLaterEventsOfTheEntityWait() throws Exception {
        try (Receiver receiver = new Receiver()) {
            receiver.answer(503);
            String subscription = subscribed(receiver.url(), "switchboard.ContactDeleted", "switchboard.ContactRestored");
            String contactId = UUID.randomUUID().toString();
            CloudEvent first = publish(new ContactDeleted(contactId, 2));
            CloudEvent second = publish(new ContactRestored(contactId, 3));

            eventually().until(() -> deliveries(subscription).size() == 2 && attemptsOf(subscription, first.id()) == 1);
            assertThat(statusOf(subscription, first.id())).isEqualTo("PENDING");
            receiver.answer(200);
            clock.advance(Duration.ofSeconds(10));

            eventually().until(() -> "DELIVERED".equals(statusOf(subscription, second.id())));
            assertThat(receiver.received()).extracting(received -> received.header("webhook-id"))
                    .containsExactly(first.id(), first.id(), second.id());
        }
    }

    @Test
    void aSubscriptionFailingThroughTheWholeScheduleIsDisabledAndResumesWhenEnabled() throws Exception {
        try (Receiver receiver = new Receiver()) {
            receiver.answer(500);
            String subscription = subscribed(receiver.url(), "switchboard.ContactDeleted");
            CloudEvent event = publish(new ContactDeleted(UUID.randomUUID().toString(), 2));

            List<Duration> schedule = List.of(Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofHours(1));
            for (int attempt = 1; attempt <= schedule.size(); attempt++) {
                int made = attempt;
                eventually().until(() -> attemptsOf(subscription, event.id()) == made);
                clock.advance(schedule.get(attempt - 1));
            }
            eventually().until(() -> "FAILED".equals(statusOf(subscription, event.id())));
            mvc.perform(get("/api/webhooks/" + subscription).header("Authorization", ADMIN))
                    .andExpect(jsonPath("$.enabled").value(false))
                    .andExpect(jsonPath("$.disabledReason").value(org.hamcrest.Matchers.containsString("HTTP 500")));
            try (TopicProbe probe = new TopicProbe(kafka, Topics.WEBHOOKS)) {
                probe.await(record -> record.value().contains(subscription)
                        && record.value().contains("switchboard.WebhookDisabled"));
            }
            assertThat(receiver.received()).hasSize(4);

            receiver.answer(204);
            mvc.perform(patch("/api/webhooks/" + subscription).header("Authorization", ADMIN)
                    .contentType("application/merge-patch+json").content("{\"enabled\": true}"))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.disabledReason").doesNotExist());
            mvc.perform(post("/api/webhooks/" + subscription + "/deliveries/" + subscription + ":" + event.id()
                    + "/redeliver").header("Authorization", ADMIN)).andExpect(status().isAccepted());
            eventually().until(() -> "DELIVERED".equals(statusOf(subscription, event.id())));
            assertThat(receiver.received().getLast().header("webhook-id")).isEqualTo(event.id());
        }
    }

    @Test
    void aPurgedContactsEarlierEventsAreBlankedAndThePurgeItselfStillArrives() throws Exception {
        try (Receiver receiver = new Receiver()) {
            String subscription = subscribed(receiver.url(), "switchboard.ContactDeleted", "switchboard.ContactPurged");
            String contactId = UUID.randomUUID().toString();
            CloudEvent deleted = publish(new ContactDeleted(contactId, 2));
            eventually().until(() -> "DELIVERED".equals(statusOf(subscription, deleted.id())));

            CloudEvent purged = publish(new ContactPurged(contactId, 3));

            eventually().until(() -> "DELIVERED".equals(statusOf(subscription, purged.id())));
            eventually().until(() -> deliveryOf(subscription, deleted.id()).path("erased").asBoolean());
            assertThat(deliveryOf(subscription, purged.id()).path("erased").asBoolean()).isFalse();
            assertThat(receiver.received().getLast().header("webhook-id")).isEqualTo(purged.id());
            mvc.perform(post("/api/webhooks/" + subscription + "/deliveries/" + subscription + ":" + deleted.id()
                    + "/redeliver").header("Authorization", ADMIN)).andExpect(status().isConflict());
        }
    }

    @Test
    void aRedeliveryOfAnUnknownDeliveryIsNotFound() throws Exception {
        String subscription = subscribed("https://93.184.215.14/hook", "switchboard.AccountCreated");
        mvc.perform(post("/api/webhooks/" + subscription + "/deliveries/nothing/redeliver")
                .header("Authorization", ADMIN)).andExpect(status().isNotFound());
    }

    /**
     * Awaits what a delivery does; the first event of a test may wait for the pattern subscription to find its topic
     * (created by that event) and rebalance, which takes longer than Awaitility's default.
     */
    private static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofSeconds(60));
    }

    private String statusOf(String subscription, String eventId) throws Exception {
        return deliveryOf(subscription, eventId).path("status").asString(null);
    }

    private int attemptsOf(String subscription, String eventId) throws Exception {
        return deliveryOf(subscription, eventId).path("attempts").size();
    }

    private JsonNode deliveryOf(String subscription, String eventId) throws Exception {
        for (JsonNode delivery : deliveries(subscription)) {
            if (eventId.equals(delivery.get("eventId").asString())) {
                return delivery;
            }
        }
        return json.createObjectNode();
    }

    private static Map<String, List<String>> lowerCased(Map<String, List<String>> headers) {
        return headers.entrySet().stream().collect(Collectors.toMap(
                entry -> entry.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue));
    }
}
