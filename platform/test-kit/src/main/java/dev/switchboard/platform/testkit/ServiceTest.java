package dev.switchboard.platform.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;

/**
 * A whole service against a real Kafka broker (KRaft, in-process) and a real MongoDB, with MockMvc, test tokens
 * and a real servlet container on a random port (for what the container itself refuses). Every test class using it shares one Spring context, so the broker and the service start once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"switchboard.events.sweep-interval=1s", "switchboard.inbox.initial-back-off=50ms",
                "switchboard.inbox.max-back-off=2s"})
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@ContextConfiguration(initializers = TestMongo.Initializer.class)
@Import({TestTokens.Decoder.class, AdjustableClock.class})
public @interface ServiceTest {
}
