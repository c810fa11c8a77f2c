package dev.switchboard.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Scope;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * How a service reads the JSON clients send: within limits a single request cannot exhaust memory with (size,
 * nesting, tokens, string length), refusing duplicate keys, unknown fields and coercions between scalar types
 * (a number for a text, {@code "true"} for a boolean, 1.5 for an integer, 0 for an enum), and with every text
 * normalised by {@link SafeText} and every date and moment checked by {@link SaneDate} and {@link SaneInstant}.
 */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
@EnableConfigurationProperties(InputLimits.class)
public class StrictJson {

    /** The builder of the service's mapper, on a parser factory that has the read limits. */
    @Bean
    @Primary
    @Scope("prototype")
    JsonMapper.Builder strictJsonMapperBuilder(InputLimits limits, ObjectProvider<JsonMapperBuilderCustomizer> customizers) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(limits.maxBodySize().toBytes())
                        .maxStringLength(limits.maxStringLength())
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxTokenCount(limits.maxTokenCount())
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        JsonMapper.Builder builder = JsonMapper.builder(factory);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder;
    }

    /** Applied last, so no {@code spring.jackson.*} setting loosens it. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    JsonMapperBuilderCustomizer strictJsonReading() {
        SimpleModule module = new SimpleModule("switchboard-input");
        module.addDeserializer(String.class, new SafeText());
        module.addDeserializer(LocalDate.class, new SaneDate());
        module.addDeserializer(Instant.class, new SaneInstant());
        return builder -> builder
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .addModule(module);
    }
}
