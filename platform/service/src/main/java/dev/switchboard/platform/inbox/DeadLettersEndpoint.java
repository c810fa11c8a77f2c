package dev.switchboard.platform.inbox;

import dev.switchboard.platform.events.Topics;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code GET /actuator/deadletters/{topic}}: the events this service's consumer group dead-lettered on the topic and
 * has not replayed; {@code POST} replays them into the topic for this group (admin role).
 */
@Endpoint(id = "deadletters")
class DeadLettersEndpoint {

    private final DeadLetterReplay replay;

    DeadLettersEndpoint(DeadLetterReplay replay) {
        this.replay = replay;
    }

    @ReadOperation
    DeadLetterReplay.Report waiting(@Selector String topic) throws Exception {
        return replay.waiting(domainTopic(topic));
    }

    @WriteOperation
    DeadLetterReplay.Report replay(@Selector String topic) throws Exception {
        return replay.replay(domainTopic(topic));
    }

    private static String domainTopic(String topic) {
        if (!topic.matches(Topics.ALL_DOMAIN_TOPICS)) {
            throw new InvalidEndpointRequestException("not a domain topic: " + topic, "not a domain topic");
        }
        return topic;
    }
}
