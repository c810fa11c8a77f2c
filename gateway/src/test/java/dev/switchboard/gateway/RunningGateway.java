package dev.switchboard.gateway;

import dev.switchboard.platform.testkit.TestTokens;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.context.ContextConfiguration;
import reactor.core.publisher.Mono;

/**
 * The running gateway on a random port in front of five stub services, trusting the test kit's tokens. Every test
 * class using it shares one Spring context. The timeout is short so that a slow service is quick to test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"switchboard.gateway.timeout=2s",
        "switchboard.gateway.profile.part-timeout=1s"})
@AutoConfigureWebTestClient(timeout = "20s")
@ContextConfiguration(initializers = Downstreams.Initializer.class)
@Import(RunningGateway.Decoder.class)
@ExtendWith(Downstreams.Reset.class)
@interface RunningGateway {

    /**
     * The reactive counterpart of {@link TestTokens.Decoder}: this JVM's key and the realm's issuer. One token fails
     * the way a token does while Keycloak is down or still starting.
     */
    @TestConfiguration(proxyBeanMethods = false)
    class Decoder {

        static final String REALM_UNREACHABLE = "realm-unreachable";

        @Bean
        ReactiveJwtDecoder testJwtDecoder() {
            NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(TestTokens.publicKey()).build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(TestTokens.ISSUER));
            return token -> REALM_UNREACHABLE.equals(token)
                    ? Mono.error(new JwtException("Unable to resolve the Configuration with the provided Issuer"))
                    : decoder.decode(token);
        }
    }
}
