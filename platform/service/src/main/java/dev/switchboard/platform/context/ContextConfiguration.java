package dev.switchboard.platform.context;

import dev.switchboard.platform.events.CloudEventCodec;
import java.time.Clock;
import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/** Who acts and under which correlation id, for every request and every event handler. */
@AutoConfiguration
public class ContextConfiguration {

    @Bean
    EventContexts eventContexts(@Value("${spring.application.name}") String serviceName,
            @Value("${switchboard.security.console-client-id:switchboard-console}") String consoleClientId) {
        return new EventContexts(serviceName, consoleClientId);
    }

    @Bean
    FilterRegistrationBean<CorrelationId> correlationIdFilter(ObjectProvider<Tracer> tracer) {
        FilterRegistrationBean<CorrelationId> registration = new FilterRegistrationBean<>(
                new CorrelationId(tracer.getIfAvailable(() -> Tracer.NOOP)));
        // before security, so a 401 carries the correlation id too; after the observation filter, whose span
        // brings the caller's baggage
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    CloudEventCodec cloudEventCodec() {
        return new CloudEventCodec();
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
