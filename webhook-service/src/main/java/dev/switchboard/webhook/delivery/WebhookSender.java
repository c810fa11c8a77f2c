package dev.switchboard.webhook.delivery;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookSigningException;
import dev.switchboard.webhook.subscription.Subscription;
import dev.switchboard.webhook.subscription.WebhookProperties;
import dev.switchboard.webhook.subscription.WebhookTargets;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Posts one event to a subscription's URL as its CloudEvent in structured mode, signed per Standard Webhooks: the
 * event id is the message id (the same on every retry, so the receiver can drop repeats), the timestamp is the
 * attempt's, the signature covers both and the body. Redirects are not followed: they could lead anywhere.
 */
@Component
class WebhookSender {

    static final String CLOUD_EVENT_JSON = "application/cloudevents+json";

    private final WebhookTargets targets;
    private final WebhookProperties properties;
    private final Clock clock;
    private final HttpClient http;

    WebhookSender(WebhookTargets targets, WebhookProperties properties, Clock clock) {
        this.targets = targets;
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Attempt send(Subscription subscription, Delivery delivery) {
        Instant at = clock.instant();
        URI url = URI.create(subscription.url());
        Optional<String> refusal = targets.refusal(url);
        if (refusal.isPresent()) {
            return new Attempt(at, null, "not sent: the target " + refusal.get(), 0);
        }
        long started = System.nanoTime();
        try {
            HttpRequest request = HttpRequest.newBuilder(url).timeout(properties.responseTimeout())
                    .header("Content-Type", CLOUD_EVENT_JSON)
                    .header("webhook-id", delivery.eventId())
                    .header("webhook-timestamp", Long.toString(at.getEpochSecond()))
                    .header("webhook-signature", new Webhook(subscription.secret())
                            .sign(delivery.eventId(), at.getEpochSecond(), delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload())).build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new Attempt(at, status, "HTTP " + status, millisSince(started));
        } catch (HttpTimeoutException e) {
            return new Attempt(at, null, "no answer in time", millisSince(started));
        } catch (IOException e) {
            return new Attempt(at, null, "could not connect: " + e.getClass().getSimpleName(), millisSince(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(at, null, "interrupted while sending", millisSince(started));
        } catch (WebhookSigningException | EmptyWebhookSecretException | RuntimeException e) {
            return new Attempt(at, null, "not sent: " + e.getMessage(), 0);
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
