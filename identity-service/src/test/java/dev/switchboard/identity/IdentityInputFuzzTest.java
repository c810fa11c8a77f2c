package dev.switchboard.identity;

import dev.switchboard.platform.testkit.OpenApiFuzz;
import dev.switchboard.platform.testkit.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every operation of identity-service's OpenAPI document, sent hostile input by {@link OpenApiFuzz}; a skeleton
 * for now, so it proves the platform's edges (unknown paths, the error page) until its API arrives.
 */
@ServiceTest
class IdentityInputFuzzTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;

    @Test
    void noOperationAnswersHostileInputWithA5xxANonProblemOrAStoredChange() throws Exception {
        OpenApiFuzz.against(mvc, mongo).port(port)
                .asSuperUser()
                .run().assertNoFailures("identity-service");
    }
}
