package dev.switchboard.system;

import static dev.switchboard.system.Gateway.created;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15 as a new user tries it, through the gateway: a certificate that shows the right text, validity that
 * follows revocation and expiry, a refreshed certificate, a credential that verifies (then as revoked, and a tampered
 * one as forged, without a token), and a contact with achievements that cannot be deleted.
 */
class AchievementsSystemTest extends AsDemoUsers {

    private static String definition;

    @BeforeAll
    static void aDefinition() {
        definition = created(Gateway.post("/api/achievements/definitions", admin, null, """
                {"name": "Lifeguard", "description": "Can save lives", "criteria": "Passed the pool test",
                 "validityPeriod": "P2Y", "brand": "Swim School", "numberPattern": "LG%d-{yyyy}-{seq:4}"}"""
                .formatted(System.nanoTime() % 1_000_000)));
    }

    @Test
    void anIssuedAchievementsCertificateShowsItsNameHolderAndNumberAndRefreshingRedrawsIt() throws Exception {
        String contact = contact("Łukasz", "Żółć");
        JsonNode achievement = issue(contact, "");
        String id = achievement.get("id").asString();
        String certificate = achievement.at("/documents/0/id").asString();

        String text = pdfText("/api/achievements/" + id + "/documents/" + certificate);
        assertThat(text).contains("Lifeguard", "Łukasz Żółć", achievement.get("number").asString(), "Swim School");

        HttpResponse<String> renamed = Gateway.patch("/api/contacts/" + contact, editor, "{\"firstName\": \"Zoë\"}");
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        await(() -> {
            HttpResponse<String> refreshed = Gateway.post("/api/achievements/" + id + "/refresh-documents", editor,
                    null, "");
            return refreshed.statusCode() == 200 && pdfText("/api/achievements/" + id + "/documents/" + certificate)
                    .contains("Zoë Żółć");
        }, done -> done);
        assertThat(pdfText("/api/achievements/" + id + "/documents/" + certificate + "?version=1"))
                .contains("Łukasz Żółć");
    }

    @Test
    void revocationAndExpiryChangeValidity() {
        String contact = contact("Ada", "Revoked");
        String id = issue(contact, "").get("id").asString();
        HttpResponse<String> revoked = Gateway.post("/api/achievements/" + id + "/revoke", admin, null,
                "{\"reason\": \"Issued by mistake\"}");
        assertThat(Gateway.json(revoked).get("validity").asString()).isEqualTo("REVOKED");

        JsonNode expired = issue(contact, ",\"issuedAt\": \"2020-01-01T00:00:00Z\", \"expiresAt\": \"2021-01-01T00:00:00Z\"");
        assertThat(expired.get("validity").asString()).isEqualTo("EXPIRED");
    }

    @Test
    void aCredentialVerifiesAsValidThenAsRevokedAndATamperedOneAsForged() {
        String id = issue(contact("Ada", "Credential"), "").get("id").asString();
        HttpResponse<String> credential = Gateway.get("/api/achievements/" + id + "/credential", editor);
        assertThat(credential.statusCode()).as(credential.body()).isEqualTo(200);
        assertThat(credential.headers().firstValue("Content-Type")).hasValue("application/vc+jwt");
        String jwt = credential.body();

        assertThat(verify(jwt).get("status").asString()).isEqualTo("VALID");
        Gateway.post("/api/achievements/" + id + "/revoke", admin, null, "{\"reason\": \"Exam fraud\"}");
        assertThat(verify(jwt).get("status").asString()).isEqualTo("REVOKED");

        String[] parts = jwt.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("Lifeguard", "Astronaut");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(verify(tampered).get("status").asString()).isEqualTo("FORGED");
        HttpResponse<String> keys = Gateway.get("/api/public/achievements/issuer/jwks", null);
        assertThat(keys.statusCode()).isEqualTo(200);
    }

    @Test
    void aContactWithAnAchievementCannotBeDeleted() {
        String contact = contact("Ada", "Guarded");
        issue(contact, "");

        HttpResponse<String> refused = await(() -> Gateway.delete("/api/contacts/" + contact, admin),
                response -> response.statusCode() == 409);
        assertThat(refused.body()).contains("achievement");
    }

    private static String contact(String firstName, String lastName) {
        String account = created(Gateway.post("/api/accounts", editor, null, "{\"name\": \"Swim School Members\"}"));
        return created(await(() -> Gateway.post("/api/contacts", editor, null, """
                {"accountId": "%s", "firstName": "%s", "lastName": "%s"}""".formatted(account, firstName, lastName)),
                response -> response.statusCode() == 201));
    }

    /** Issued once achievement-service has heard of the contact. */
    private static JsonNode issue(String contact, String extra) {
        return Gateway.json(await(() -> Gateway.post("/api/achievements", editor, null, """
                {"contactId": "%s", "definitionId": "%s",
                 "issuedBy": {"type": "EVENT", "id": "gala-1", "name": "Summer gala"}%s}"""
                .formatted(contact, definition, extra)), response -> response.statusCode() == 201));
    }

    /** Without a token: anyone may verify. */
    private static JsonNode verify(String credential) {
        HttpResponse<String> response = Gateway.post("/api/public/achievements/verify", null, null,
                Gateway.JSON.createObjectNode().put("credential", credential).toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Gateway.json(response);
    }

    private static String pdfText(String path) {
        HttpResponse<byte[]> pdf = Gateway.download(path, editor);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T await(Supplier<T> call, Predicate<T> done) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(call::get, done::test);
    }
}
