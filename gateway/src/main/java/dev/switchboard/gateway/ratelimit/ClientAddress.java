package dev.switchboard.gateway.ratelimit;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The address a caller without a token is counted by. Behind a load balancer or ingress every request comes from the
 * proxy, so the addresses in {@code switchboard.gateway.rate-limit.trusted-proxies} are looked through: the caller is
 * the right-most {@code X-Forwarded-For} entry that is not one of them (entries left of it may be the caller's own
 * invention). From any other peer the header is ignored.
 */
class ClientAddress {

    private static final String FORWARDED_FOR = "X-Forwarded-For";
    /** Only literals are parsed: a host name in the header must not make the gateway ask DNS. */
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9a-fA-F:.]{2,45}");

    private final List<Range> trustedProxies;

    ClientAddress(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(Range::parse).toList();
    }

    String of(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        String address = remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
        List<String> forwarded = request.getHeaders().getValuesAsList(FORWARDED_FOR);
        for (int hop = forwarded.size() - 1; hop >= 0 && isTrusted(address); hop--) {
            address = forwarded.get(hop).strip();
        }
        return address;
    }

    private boolean isTrusted(String address) {
        InetAddress parsed = literal(address);
        return parsed != null && trustedProxies.stream().anyMatch(range -> range.contains(parsed));
    }

    private static InetAddress literal(String address) {
        if (!IP_LITERAL.matcher(address).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** An address or a CIDR range, e.g. {@code 10.0.0.0/8} or {@code ::1}. */
    private record Range(byte[] network, int bits) {

        static Range parse(String cidr) {
            String[] parts = cidr.strip().split("/", 2);
            InetAddress network = literal(parts[0]);
            if (network == null) {
                throw new IllegalArgumentException("Not an address or CIDR range: " + cidr);
            }
            int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : network.getAddress().length * 8;
            return new Range(network.getAddress(), bits);
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
