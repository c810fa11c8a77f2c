package dev.switchboard.platform.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * A web slice of a service: the named controllers with MockMvc, and the platform's web mechanics they answer
 * through (problem responses, strict JSON, merge patches, bearer-token security with {@link TestTokens}, the request
 * context), but no Kafka and no MongoDB; the controllers' collaborators are test doubles ({@code @MockitoBean}) or
 * imported. The platform's auto-configurations a slice needs are listed in
 * {@code META-INF/spring/dev.switchboard.platform.testkit.ServiceWebTest.imports}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@ImportAutoConfiguration
@Import(TestTokens.Decoder.class)
public @interface ServiceWebTest {

    /** The controllers to start. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};
}
