package dev.switchboard.achievement;

import static dev.switchboard.platform.testkit.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.platform.testkit.OpenApiFuzz;
import dev.switchboard.platform.testkit.ServiceTest;
import dev.switchboard.platform.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every operation of achievement-service's OpenAPI document, sent hostile input by {@link OpenApiFuzz}; a skeleton
 * for now, so it proves the platform's edges (unknown paths, the error page) until its API arrives.
 */
@ServiceTest
class AchievementInputFuzzTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;

    @Test
    void noOperationAnswersHostileInputWithA5xxANonProblemOrAStoredChange() throws Exception {
        OpenApiFuzz.Result result = OpenApiFuzz.against(mvc, mongo).port(port)
                .authorization(bearer(TestTokens.user("root", "super-user", "admin", "editor", "viewer")))
                .run();

        System.out.printf("achievement-service input fuzz: %d requests over %d operations%n", result.requests(),
                result.operations());
        assertThat(result.failures()).isEmpty();
    }
}
