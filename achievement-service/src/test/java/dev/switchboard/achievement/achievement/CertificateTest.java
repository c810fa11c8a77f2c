package dev.switchboard.achievement.achievement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.achievement.AchievementTestSupport;
import dev.switchboard.events.contact.ContactDeleted;
import dev.switchboard.events.contact.ContactDetails;
import dev.switchboard.events.contact.ContactPurged;
import dev.switchboard.events.contact.ContactUpdated;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.JsonNode;

class CertificateTest extends AchievementTestSupport {

    @Autowired
    MongoTemplate mongo;

    @Test
    void anIssuedAchievementHasACertificatePdfShowingItsNameHolderNumberDatesAndBrand() throws Exception {
        JsonNode achievement = read(issue(issueBody(contact(), definition("P2Y").get("id").asString(),
                "\"issuedAt\":\"2026-03-01T10:00:00Z\"")).andExpect(status().isCreated()));

        JsonNode certificate = achievement.get("documents").get(0);
        assertThat(certificate.get("kind").asString()).isEqualTo("CERTIFICATE");
        assertThat(certificate.get("version").asInt()).isEqualTo(1);
        String text = pdfText(achievement.get("id").asString(), certificate.get("id").asString(), "");
        assertThat(text).contains("First aid", "Zoë Ångström", achievement.get("number").asString(),
                "1 March 2026", "1 March 2028", "academy");
    }

    @Test
    void namesOutsideLatin1PrintAsWritten() throws Exception {
        JsonNode achievement = issued(contact("Łukasz", "Żółć"), definition(null).get("id").asString());

        String text = pdfText(achievement.get("id").asString(),
                achievement.get("documents").get(0).get("id").asString(), "");

        assertThat(text).contains("Łukasz Żółć", "Does not expire");
    }

    @Test
    void aNameTheFontCannotPrintStillIssuesACertificate() throws Exception {
        issued(contact("李", "Ωmega"), definition("P1Y").get("id").asString());
    }

    @Test
    void refreshingDrawsTheCertificateWithTheCurrentNameAndKeepsThePreviousVersion() throws Exception {
        String contactId = contact();
        JsonNode achievement = issued(contactId, definition("P1Y").get("id").asString());
        String id = achievement.get("id").asString();
        String certificateId = achievement.get("documents").get(0).get("id").asString();
        publish(new ContactUpdated(contactId, 2, List.of(),
                ContactDetails.builder().firstName("Łukasz").lastName("Żółć").build()));

        await().untilAsserted(() -> {
            JsonNode refreshed = read(mvc.perform(post("/api/achievements/" + id + "/refresh-documents")
                    .header("Authorization", EDITOR)).andExpect(status().isOk()));
            assertThat(refreshed.get("documents").get(0).get("version").asInt()).isGreaterThanOrEqualTo(2);
            assertThat(pdfText(id, certificateId, "")).contains("Łukasz Żółć");
        });

        assertThat(pdfText(id, certificateId, "?version=1")).contains("Zoë Ångström");
        JsonNode event = awaitEvent(id, "switchboard.DocumentsRefreshed", e -> true);
        assertThat(event.at("/data/documentId").asString()).isEqualTo(certificateId);
        assertThat(event.at("/data/documentVersion").asInt()).isEqualTo(2);
    }

    @Test
    void aPurgedContactsCertificatesAreDeletedWithEveryVersion() throws Exception {
        String contactId = contact();
        JsonNode achievement = issued(contactId, definition("P1Y").get("id").asString());
        String id = achievement.get("id").asString();
        String certificateId = achievement.get("documents").get(0).get("id").asString();
        mvc.perform(post("/api/achievements/" + id + "/refresh-documents").header("Authorization", EDITOR))
                .andExpect(status().isOk());
        long filesBefore = mongo.count(new Query(), "fs.files");

        publish(new ContactDeleted(contactId, 2));
        publish(new ContactPurged(contactId, 3));

        await().untilAsserted(() -> assertThat(achievement(id).get("documents").isEmpty()).isTrue());
        assertThat(mongo.count(new Query(), "fs.files")).isLessThanOrEqualTo(filesBefore - 2);
        mvc.perform(get("/api/achievements/" + id + "/documents/" + certificateId).header("Authorization", VIEWER))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/achievements/" + id + "/refresh-documents").header("Authorization", EDITOR))
                .andExpect(status().isConflict());
        mvc.perform(multipart("/api/achievements/" + id + "/documents")
                        .file(new MockMultipartFile("file", "a.png", "image/png", DocumentsTest.PNG))
                        .header("Authorization", EDITOR))
                .andExpect(status().isConflict());
    }

    @Test
    void certificatesDrawnOneAfterAnotherOnOneThreadEachShowTheirOwnHolder() throws Exception {
        String definitionId = definition("P1Y").get("id").asString();
        for (String[] name : new String[][] {{"Šárka", "Dvořák"}, {"Björn", "Øvergård"}, {"İlkay", "Şahin"}}) {
            JsonNode achievement = issued(contact(name[0], name[1]), definitionId);
            assertThat(pdfText(achievement.get("id").asString(), achievement.at("/documents/0/id").asString(), ""))
                    .contains(name[0] + " " + name[1]);
        }
    }

    private String pdfText(String id, String documentId, String query) throws Exception {
        byte[] pdf = mvc.perform(get("/api/achievements/" + id + "/documents/" + documentId + query)
                        .header("Authorization", VIEWER))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
