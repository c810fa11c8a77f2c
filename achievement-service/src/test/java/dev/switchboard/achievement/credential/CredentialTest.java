package dev.switchboard.achievement.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.SignedJWT;
import dev.switchboard.achievement.AchievementTestSupport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

class CredentialTest extends AchievementTestSupport {

    private static final String JWKS = "http://localhost:8080/api/public/achievements/issuer/jwks";

    @Autowired
    MongoTemplate mongo;

    @Test
    @SuppressWarnings("unchecked")
    void anAchievementsCredentialIsASignedOpenBadgeCredentialWhoseKeyIsPublished() throws Exception {
        String id = issuedId("P2Y");

        SignedJWT jwt = SignedJWT.parse(credential(id));

        assertThat(jwt.getHeader().getType().getType()).isEqualTo("vc+jwt");
        assertThat(jwt.getHeader().getJWKURL()).hasToString(JWKS);
        JWKSet keys = JWKSet.parse(mvc.perform(get("/api/public/achievements/issuer/jwks"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        ECKey key = (ECKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key.isPrivate()).isFalse();
        assertThat(jwt.verify(new ECDSAVerifier(key))).isTrue();
        Map<String, Object> vc = jwt.getPayload().toJSONObject();
        assertThat((List<Object>) vc.get("type")).contains("VerifiableCredential", "OpenBadgeCredential");
        assertThat((List<Object>) vc.get("@context")).containsExactly("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        assertThat(vc).containsKeys("id", "name", "issuer", "validFrom", "issuanceDate", "validUntil",
                "credentialSubject", "credentialStatus");
        JsonNode subject = json.valueToTree(vc.get("credentialSubject"));
        assertThat(subject.at("/type/0").asString()).isEqualTo("AchievementSubject");
        assertThat(subject.at("/identifier/0/identityHash").asString()).startsWith("sha256$");
        assertThat(subject.at("/achievement/criteria/narrative").asString()).isEqualTo("Passed the exam");
        assertThat(subject.toString()).doesNotContain("Zoë");
        keepsTheOpenBadgesSchemasRequiredShape(json.valueToTree(vc));
        JsonNode issuer = read(mvc.perform(get("/api/public/achievements/issuer")).andExpect(status().isOk()));
        assertThat(issuer.get("id").asString()).isEqualTo(((Map<?, ?>) vc.get("issuer")).get("id"));
        assertThat(issuer.get("jwks").asString()).isEqualTo(JWKS);
    }

    @Test
    void aCredentialVerifiesAsValidThenAsRevokedAndItsBitIsSetInTheStatusList() throws Exception {
        String id = issuedId("P2Y");
        String credential = credential(id);
        verify("credential", credential).andExpect(jsonPath("$.status").value("VALID"))
                .andExpect(jsonPath("$.achievementId").value(id));

        mvc.perform(post("/api/achievements/" + id + "/revoke").header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Exam fraud\"}"))
                .andExpect(status().isOk());

        verify("credential", credential).andExpect(jsonPath("$.status").value("REVOKED"));
        Map<String, Object> entry = jsonObject(SignedJWT.parse(credential).getPayload().toJSONObject()
                .get("credentialStatus"));
        String list = (String) entry.get("statusListCredential");
        int index = Integer.parseInt((String) entry.get("statusListIndex"));
        assertThat(revokedBit(list.substring(list.indexOf("/api/")), index)).isTrue();
        assertThat(revokedBit(list.substring(list.indexOf("/api/")), index == 0 ? 1 : index - 1)).isFalse();
    }

    @Test
    void aTamperedCredentialOrAnotherIssuersIsForged() throws Exception {
        String credential = credential(issuedId("P2Y"));
        String[] parts = credential.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("First aid", "Brain surgery");
        String tampered = parts[0] + "." + Base64URL.encode(payload) + "." + parts[2];

        verify("credential", tampered).andExpect(jsonPath("$.status").value("FORGED"))
                .andExpect(jsonPath("$.name").doesNotExist());
        verify("credential", "not.a.jwt").andExpect(jsonPath("$.status").value("FORGED"));
    }

    @Test
    void aNumberVerifiesAsValidThenExpiredAndAnUnknownOneAsUnknown() throws Exception {
        JsonNode achievement = issued(contact(), definition("P1M").get("id").asString());
        String number = achievement.get("number").asString();

        verify("number", number).andExpect(jsonPath("$.status").value("VALID"))
                .andExpect(jsonPath("$.name").value("First aid"));
        clock.advance(Duration.ofDays(32));
        verify("number", number).andExpect(jsonPath("$.status").value("EXPIRED"));
        verify("number", "NOPE-" + UUID.randomUUID()).andExpect(jsonPath("$.status").value("UNKNOWN"));
    }

    @Test
    void credentialsSignedBeforeARotationStillVerifyAndTheKeyIsKeptInTheDatabase() throws Exception {
        String id = issuedId("P2Y");
        String before = credential(id);
        String oldKid = SignedJWT.parse(before).getHeader().getKeyID();
        assertThat(new IssuerKeys(mongo, Clock.systemUTC()).current().getKeyID()).isEqualTo(oldKid);

        mvc.perform(post("/api/achievements/issuer-keys/rotate").header("Authorization", EDITOR))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/achievements/issuer-keys/rotate").header("Authorization", ADMIN))
                .andExpect(status().isOk());
        String after = credential(id);

        assertThat(SignedJWT.parse(after).getHeader().getKeyID()).isNotEqualTo(oldKid);
        verify("credential", before).andExpect(jsonPath("$.status").value("VALID"));
        verify("credential", after).andExpect(jsonPath("$.status").value("VALID"));
    }

    @Test
    void verifyingTakesEitherTheCredentialOrTheNumber() throws Exception {
        mvc.perform(post("/api/public/achievements/verify").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/public/achievements/verify").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"credential\":\"a.b.c\",\"number\":\"X\"}"))
                .andExpect(status().isBadRequest());
    }

    /**
     * What the Open Badges 3.0 JSON schema of the AchievementCredential requires (its copy is not published where the
     * build can fetch it): the required properties of the credential, its issuer Profile, AchievementSubject (which
     * admits no other properties), Achievement, IdentityObject (no others either) and CredentialStatus.
     */
    private static void keepsTheOpenBadgesSchemasRequiredShape(JsonNode vc) {
        assertThat(vc.propertyNames()).contains("@context", "id", "type", "name", "credentialSubject", "issuer",
                "issuanceDate");
        assertThat(vc.get("issuer").propertyNames()).contains("id", "type");
        JsonNode subject = vc.get("credentialSubject");
        assertThat(subject.propertyNames()).contains("type", "achievement").isSubsetOf("id", "type",
                "activityEndDate", "activityStartDate", "creditsEarned", "achievement", "identifier", "image",
                "licenseNumber", "narrative", "result", "role", "source", "term");
        assertThat(subject.get("achievement").propertyNames()).contains("id", "type", "criteria", "description",
                "name");
        for (JsonNode identity : subject.get("identifier")) {
            assertThat(identity.propertyNames()).contains("type", "hashed", "identityHash", "identityType")
                    .isSubsetOf("type", "hashed", "identityHash", "identityType", "salt");
            assertThat(identity.get("hashed").isBoolean()).isTrue();
        }
        assertThat(vc.get("credentialStatus").propertyNames()).contains("id", "type");
    }

    private String issuedId(String period) throws Exception {
        return issued(contact(), definition(period).get("id").asString()).get("id").asString();
    }

    private String credential(String id) throws Exception {
        return mvc.perform(get("/api/achievements/" + id + "/credential").header("Authorization", VIEWER))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/vc+jwt"))
                .andReturn().getResponse().getContentAsString();
    }

    /** Without a token: anyone may verify. */
    private ResultActions verify(String field, String value) throws Exception {
        return mvc.perform(post("/api/public/achievements/verify").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(field, value))))
                .andExpect(status().isOk());
    }

    private boolean revokedBit(String listPath, int index) throws Exception {
        SignedJWT list = SignedJWT.parse(mvc.perform(get(listPath)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        Map<String, Object> subject = jsonObject(list.getPayload().toJSONObject().get("credentialSubject"));
        String encoded = (String) subject.get("encodedList");
        assertThat(encoded).startsWith("u");
        byte[] bits = new GZIPInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1))))
                .readAllBytes();
        assertThat(bits).hasSize(StatusLists.SIZE / 8);
        return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> jsonObject(Object value) {
        return (Map<String, Object>) value;
    }
}
