package dev.switchboard.platform.inbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How hard a consumer tries before a message goes to the dead-letter topic.
 *
 * @param retries        attempts after the first one
 * @param initialBackOff wait before the first retry; doubled for each next one
 */
@ConfigurationProperties("switchboard.inbox")
public record InboxProperties(Integer retries, Duration initialBackOff) {

    public InboxProperties {
        retries = retries == null ? 3 : retries;
        initialBackOff = initialBackOff == null ? Duration.ofMillis(500) : initialBackOff;
    }
}
