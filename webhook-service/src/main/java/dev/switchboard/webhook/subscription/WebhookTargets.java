package dev.switchboard.webhook.subscription;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Keeps deliveries away from the service's own network (server-side request forgery): a target must be http(s) on a
 * host whose every address is public. Checked when a subscription is made and again before every attempt, since a
 * name may resolve elsewhere later. Hosts listed in {@code switchboard.webhooks.private-hosts-allowed} are exempt.
 */
@Component
public class WebhookTargets {

    private final WebhookProperties properties;

    WebhookTargets(WebhookProperties properties) {
        this.properties = properties;
    }

    /** Why the URL may not be a target, or empty when it may. */
    public Optional<String> refusal(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("must be an http or https URL");
        }
        if (url.getHost() == null || url.getRawUserInfo() != null) {
            return Optional.of("must name a host, without user information");
        }
        String host = url.getHost().toLowerCase(Locale.ROOT);
        if (properties.privateHostsAllowed().contains(host)) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.of("host '" + host + "' is not known");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of("host '" + host + "' resolves to a loopback, link-local or private address ("
                        + address.getHostAddress() + ")");
            }
        }
        return Optional.empty();
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            // fc00::/7, unique local addresses: IPv6's private range
            return (bytes[0] & 0xfe) != 0xfc;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        // 0.0.0.0/8 (this network) and 100.64.0.0/10 (carrier-grade NAT) are not reachable from outside either
        return first != 0 && !(first == 100 && second >= 64 && second < 128);
    }
}
