package dev.switchboard.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class ClientAddressTest {

    private final ClientAddress behindIngress = new ClientAddress(List.of("10.0.0.0/8"));

    @Test
    void withoutTrustedProxiesTheForwardedHeaderIsIgnored() {
        assertThat(new ClientAddress(List.of()).of(request("203.0.113.7", "198.51.100.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void behindATrustedProxyTheCallerIsTheAddressItForwarded() {
        assertThat(behindIngress.of(request("10.1.2.3", "198.51.100.1"))).isEqualTo("198.51.100.1");
        assertThat(behindIngress.of(request("10.1.2.3", "198.51.100.1, 10.0.0.5"))).isEqualTo("198.51.100.1");
    }

    @Test
    void whatTheCallerPutsInTheHeaderItselfIsNotBelieved() {
        assertThat(behindIngress.of(request("10.1.2.3", "192.0.2.99, 198.51.100.1"))).isEqualTo("198.51.100.1");
        assertThat(behindIngress.of(request("203.0.113.7", "192.0.2.99"))).isEqualTo("203.0.113.7");
    }

    private static MockServerHttpRequest request(String peer, String forwardedFor) {
        return MockServerHttpRequest.get("/api/portal/registrations")
                .remoteAddress(new InetSocketAddress(peer, 40000))
                .header("X-Forwarded-For", forwardedFor)
                .build();
    }
}
