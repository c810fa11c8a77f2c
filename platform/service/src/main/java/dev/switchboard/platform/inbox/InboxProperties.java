package dev.switchboard.platform.inbox;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How hard a consumer tries, and how long a request waits for this service's views to catch up.
 *
 * @param retries        attempts after the first one for a failure that is not transient, before the event goes to
 *                       the dead-letter topic
 * @param initialBackOff wait before the first retry; doubled for each next one
 * @param maxBackOff     the longest wait between two tries of a transient failure, which is retried without limit
 * @param catchUpTimeout how long a request waits for a view to apply what its producer had published when the
 *                       request arrived, before it is answered 503
 * @param topics         the topics of other services this one listens to, created (with their dead-letter
 *                       topics) if this service starts before their producers
 */
@ConfigurationProperties("switchboard.inbox")
public record InboxProperties(Integer retries, Duration initialBackOff, Duration maxBackOff, Duration catchUpTimeout,
        List<String> topics) {

    public InboxProperties {
        retries = retries == null ? 3 : retries;
        initialBackOff = initialBackOff == null ? Duration.ofMillis(500) : initialBackOff;
        maxBackOff = maxBackOff == null ? Duration.ofSeconds(30) : maxBackOff;
        catchUpTimeout = catchUpTimeout == null ? Duration.ofSeconds(5) : catchUpTimeout;
        topics = topics == null ? List.of() : List.copyOf(topics);
    }
}
