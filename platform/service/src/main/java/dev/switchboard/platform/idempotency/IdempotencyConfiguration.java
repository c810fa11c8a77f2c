package dev.switchboard.platform.idempotency;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Idempotency keys on every POST of a service's API, kept in the service's own database. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyConfiguration {

    @Bean
    IdempotencyKeys idempotencyKeys(ObjectProvider<MongoTemplate> mongo, IdempotencyProperties properties, Clock clock) {
        return new IdempotencyKeys(mongo, properties, clock);
    }

    @Bean
    FilterRegistrationBean<IdempotentRequests> idempotentRequestsFilter(IdempotencyKeys keys, JsonMapper mapper) {
        FilterRegistrationBean<IdempotentRequests> registration =
                new FilterRegistrationBean<>(new IdempotentRequests(keys, mapper));
        registration.addUrlPatterns("/api/*");
        // after security: a key belongs to the caller the token names, and a refused caller claims none
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }

    @Bean
    IdempotencyKeyDocumentation idempotencyKeyDocumentation() {
        return new IdempotencyKeyDocumentation();
    }
}
