package dev.switchboard.platform.openapi;

import java.util.Optional;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;

/**
 * Makes each service's OpenAPI document one a person can read and Swagger UI can log in with: its title, version
 * and description, the realm's login, and the problem responses of every operation.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(GlobalOpenApiCustomizer.class)
@EnableConfigurationProperties(ApiProperties.class)
public class OpenApiConfiguration {

    @Bean
    ServiceDescription serviceDescription(ApiProperties api, ObjectProvider<BuildProperties> build) {
        return new ServiceDescription(api, Optional.ofNullable(build.getIfAvailable()));
    }

    @Bean
    ProblemResponseDocumentation problemResponseDocumentation() {
        return new ProblemResponseDocumentation();
    }
}
