package dev.switchboard.webhook.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookTargetsTest {

    private final WebhookTargets targets = new WebhookTargets(new WebhookProperties(List.of(), Set.of("receiver"),
            Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1)));

    @Test
    void publicAddressesArePublicAndOurNetworksAreNot() throws Exception {
        assertThat(WebhookTargets.isPublic(InetAddress.getByName("93.184.215.14"))).isTrue();
        assertThat(WebhookTargets.isPublic(InetAddress.getByName("2606:2800:21f:cb07:6820:80da:af6b:8b2c"))).isTrue();
        for (String inside : List.of("127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254",
                "0.0.0.0", "100.64.0.1", "224.0.0.1", "::1", "fe80::1", "fc00::1", "fd12:3456::1")) {
            assertThat(WebhookTargets.isPublic(InetAddress.getByName(inside))).as(inside).isFalse();
        }
    }

    @Test
    void onlyTheConfiguredHostsMayBePrivate() {
        assertThat(targets.refusal(URI.create("http://receiver:8080/hook"))).isEmpty();
        assertThat(targets.refusal(URI.create("http://localhost:8080/hook"))).isPresent();
        assertThat(targets.refusal(URI.create("https://93.184.215.14/hook"))).isEmpty();
    }
}
