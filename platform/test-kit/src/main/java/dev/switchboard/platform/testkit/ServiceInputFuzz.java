package dev.switchboard.platform.testkit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Runs {@link OpenApiFuzz} over every operation of the service, as a super-user; a service that needs ids of real
 * aggregates or valid bodies for its operations names them in {@link #prepare}.
 */
@ServiceTest
public abstract class ServiceInputFuzz {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;
    @Value("${spring.application.name}")
    String service;

    /** The service's own parameters and valid bodies; none by default. */
    protected OpenApiFuzz.Builder prepare(OpenApiFuzz.Builder fuzz) throws Exception {
        return fuzz;
    }

    @Test
    void noOperationAnswersHostileInputWithA5xxANonProblemOrAStoredChange() throws Exception {
        prepare(OpenApiFuzz.against(mvc, mongo).port(port).asSuperUser()).run().assertNoFailures(service);
    }
}
