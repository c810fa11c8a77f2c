package dev.switchboard.platform.web;

import jakarta.validation.Validator;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem responses for every controller of the service and for what is refused before a controller (body size,
 * parameter names, the firewall, the container's error page), and merge patches for those that edit.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@EnableConfigurationProperties(InputLimits.class)
@Import({ProblemResponses.class, ProblemErrorController.class, AsyncApiDocument.class})
public class WebConfiguration {

    @Bean
    MergePatches mergePatches(JsonMapper mapper, Validator validator) {
        return new MergePatches(mapper, validator);
    }

    @Bean
    ProblemWriter problemWriter(JsonMapper mapper) {
        return new ProblemWriter(mapper);
    }

    @Bean
    FilterRegistrationBean<BodySizeLimit> bodySizeLimit(InputLimits limits, ProblemWriter problems) {
        FilterRegistrationBean<BodySizeLimit> registration =
                new FilterRegistrationBean<>(new BodySizeLimit(limits.maxBodySize().toBytes(), problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ParameterNames> parameterNames(ProblemWriter problems) {
        FilterRegistrationBean<ParameterNames> registration = new FilterRegistrationBean<>(new ParameterNames(problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    RejectedRequests rejectedRequests(ProblemWriter problems) {
        return new RejectedRequests(problems);
    }

    /** Runs after Boot's own Tomcat settings, to replace the error report valve they add. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                host.getPipeline().addValve(new ProblemErrorReportValve());
            }
        });
    }
}
