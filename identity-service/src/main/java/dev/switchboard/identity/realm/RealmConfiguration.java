package dev.switchboard.identity.realm;

import java.util.concurrent.TimeUnit;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.spi.ResteasyClientClassicProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Admin API client; it fetches its token on the first call, so the service starts while Keycloak is away. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RealmProperties.class)
class RealmConfiguration {

    @Bean(destroyMethod = "close")
    Keycloak keycloak(RealmProperties properties) {
        long timeout = properties.timeout().toMillis();
        return KeycloakBuilder.builder()
                .serverUrl(properties.serverUrl())
                .realm(properties.realm())
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .resteasyClient(ResteasyClientClassicProvider.createClientBuilder()
                        .connectTimeout(timeout, TimeUnit.MILLISECONDS)
                        .readTimeout(timeout, TimeUnit.MILLISECONDS)
                        .register(JacksonProvider.class, 100)
                        .build())
                .build();
    }
}
