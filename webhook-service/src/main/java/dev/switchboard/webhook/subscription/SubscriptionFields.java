package dev.switchboard.webhook.subscription;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What an admin sets on a subscription.
 *
 * @param url        where events are posted (http or https, a public address)
 * @param eventTypes CloudEvents types such as {@code switchboard.ContactUpdated}, or {@code *} for every event
 * @param secret     the signing secret in the Standard Webhooks form ({@code whsec_} and base64); written, never read
 * @param enabled    whether events are delivered (true when absent on creation)
 */
record SubscriptionFields(
        @NotBlank @Size(max = 2000) String url,
        @NotEmpty @Size(max = 100) List<@NotBlank @Pattern(regexp = "^(\\*|switchboard\\.[A-Za-z]{1,100})$") String>
                eventTypes,
        @NotNull @Pattern(regexp = SigningSecrets.PATTERN)
        @Schema(accessMode = Schema.AccessMode.WRITE_ONLY, example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        String secret,
        Boolean enabled) {

    static SubscriptionFields of(Subscription subscription) {
        return new SubscriptionFields(subscription.url(), subscription.eventTypes(), subscription.secret(),
                subscription.enabled());
    }
}
