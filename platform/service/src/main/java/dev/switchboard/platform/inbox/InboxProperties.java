package dev.switchboard.platform.inbox;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How hard a consumer tries before a message goes to the dead-letter topic.
 *
 * @param retries        attempts after the first one
 * @param initialBackOff wait before the first retry; doubled for each next one
 * @param topics         the topics of other services this one listens to, created (with their dead-letter
 *                       topics) if this service starts before their producers
 */
@ConfigurationProperties("switchboard.inbox")
public record InboxProperties(Integer retries, Duration initialBackOff, List<String> topics) {

    public InboxProperties {
        retries = retries == null ? 3 : retries;
        initialBackOff = initialBackOff == null ? Duration.ofMillis(500) : initialBackOff;
        topics = topics == null ? List.of() : List.copyOf(topics);
    }
}
