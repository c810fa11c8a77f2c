package dev.switchboard.achievement.achievement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.achievement.AchievementTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

class DocumentsTest extends AchievementTestSupport {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @LocalServerPort
    int port;

    @Test
    void anUploadedImageIsListedAndReadBackWithTheTypeOfItsContent() throws Exception {
        String id = issuedId();

        JsonNode achievement = read(upload(id, new MockMultipartFile("file", "../../me.txt", "text/plain", PNG))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location")));

        JsonNode document = achievement.get("documents").get(1);
        assertThat(document.get("kind").asString()).isEqualTo("ATTACHMENT");
        assertThat(document.get("version").asInt()).isEqualTo(1);
        assertThat(document.get("contentType").asString()).isEqualTo("image/png");
        assertThat(document.get("filename").asString()).isEqualTo("me.txt");
        mvc.perform(get("/api/achievements/" + id + "/documents/" + document.get("id").asString())
                        .header("Authorization", VIEWER))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(content().bytes(PNG));
        JsonNode event = awaitEvent(id, "switchboard.DocumentAdded",
                e -> document.get("id").asString().equals(e.at("/data/documentId").asString()));
        assertThat(event.at("/data/size").asLong()).isEqualTo(PNG.length);
    }

    @Test
    void aFileThatIsNoPdfPngOrJpegByContentIsRefusedWhateverItClaims() throws Exception {
        String id = issuedId();

        upload(id, new MockMultipartFile("file", "cv.pdf", "application/pdf",
                "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/unsupported-media-type"));

        assertThat(achievement(id).get("documents").size()).isEqualTo(1);
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedWith413BeforeItIsStored() throws Exception {
        String id = issuedId();
        byte[] tooLarge = Arrays.copyOf(PNG, 10 * 1024 * 1024 + 1);
        String boundary = "b0undary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/achievements/" + id + "/documents"))
                .header("Authorization", EDITOR)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofByteArray(tooLarge), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(achievement(id).get("documents").size()).isEqualTo(1);
    }

    @Test
    void aRemovedDocumentIsGoneWithItsFileAndDocumentRemovedIsPublished() throws Exception {
        String id = issuedId();
        JsonNode added = read(upload(id, new MockMultipartFile("file", "photo.jpg", "image/jpeg",
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16})).andExpect(status().isCreated()));
        String documentId = added.get("documents").get(1).get("id").asString();

        mvc.perform(delete("/api/achievements/" + id + "/documents/" + documentId).header("Authorization", EDITOR))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/achievements/" + id + "/documents/" + documentId).header("Authorization", VIEWER))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/achievements/" + id + "/documents/" + documentId).header("Authorization", EDITOR))
                .andExpect(status().isNotFound());
        assertThat(achievement(id).get("documents").size()).isEqualTo(1);
        awaitEvent(id, "switchboard.DocumentRemoved", e -> documentId.equals(e.at("/data/documentId").asString()));
    }

    @Test
    void aViewerMayReadButNotAddDocuments() throws Exception {
        String id = issuedId();

        mvc.perform(multipart("/api/achievements/" + id + "/documents")
                        .file(new MockMultipartFile("file", "a.png", "image/png", PNG)).header("Authorization", VIEWER))
                .andExpect(status().isForbidden());
    }

    private String issuedId() throws Exception {
        return issued(contact(), definition("P1Y").get("id").asString()).get("id").asString();
    }

    private ResultActions upload(String id, MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/api/achievements/" + id + "/documents").file(file)
                .header("Authorization", EDITOR));
    }
}
