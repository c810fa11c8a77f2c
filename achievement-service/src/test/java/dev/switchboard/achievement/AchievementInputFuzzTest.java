package dev.switchboard.achievement;

import dev.switchboard.platform.testkit.OpenApiFuzz;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Every operation of achievement-service's OpenAPI document, sent hostile input by {@link OpenApiFuzz}, against a
 * real definition, contact and achievement so the input reaches past the lookups.
 */
class AchievementInputFuzzTest extends AchievementTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void noOperationAnswersHostileInputWithA5xxANonProblemOrAStoredChange() throws Exception {
        String definition = definition("P2Y").get("id").asString();
        String contact = contact();
        JsonNode issued = issued(contact, definition);
        String achievement = issued.get("id").asString();
        String number = issued.get("number").asString();
        String certificate = issued.at("/documents/0/id").asString();

        OpenApiFuzz.against(mvc, mongo).port(port).asSuperUser()
                .parameter("id", () -> achievement)
                .parameter("definitionId", () -> definition)
                .parameter("contactId", () -> contact)
                .parameter("documentId", () -> certificate)
                .parameter("list", () -> "0")
                .validBody("POST /api/achievements/definitions", () -> """
                        {"name": "Lifeguard", "description": "Can save lives", "criteria": "Passed the test",
                         "validityPeriod": "P3Y", "brand": "academy", "numberPattern": "LG-{yy}{MM}-{seq:4}"}""")
                .validBody("PATCH /api/achievements/definitions/{definitionId}", () -> """
                        {"validityPeriod": "P1Y6M", "brand": "school"}""")
                .validBody("POST /api/achievements", () -> """
                        {"contactId": "%s", "definitionId": "%s", "issuedAt": "2026-01-01T00:00:00Z",
                         "issuedBy": {"type": "LEARNING_PATH", "id": "lp-1", "name": "Basics"}}"""
                        .formatted(contact, definition))
                .validBody("POST /api/achievements/{id}/revoke", () -> """
                        {"reason": "Issued by mistake"}""")
                .validBody("POST /api/public/achievements/verify", () -> """
                        {"number": "%s"}""".formatted(number))
                .run().assertNoFailures("achievement-service");
    }
}
