package dev.switchboard.achievement.credential;

import dev.switchboard.achievement.achievement.IssuedAchievements;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.springframework.stereotype.Component;

/**
 * The issuer's revocation lists as W3C Bitstring Status List credentials: every achievement has a place (its status
 * index) in one list of {@value #SIZE} places; its bit is 1 once it is revoked. Made from the achievements as they are
 * when asked for, so a list is never stale.
 */
@Component
class StatusLists {

    /** 16 KiB of bits, the smallest list the specification allows, so a list tells little about any one place. */
    static final int SIZE = 131_072;

    private final IssuedAchievements achievements;
    private final IssuerUrls urls;

    StatusLists(IssuedAchievements achievements, IssuerUrls urls) {
        this.achievements = achievements;
        this.urls = urls;
    }

    /** The credentialStatus of the achievement with this status index. */
    Map<String, Object> entryFor(long statusIndex) {
        String list = urls.statusList(statusIndex / SIZE);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", list + "#" + statusIndex % SIZE);
        entry.put("type", "BitstringStatusListEntry");
        entry.put("statusPurpose", "revocation");
        entry.put("statusListIndex", Long.toString(statusIndex % SIZE));
        entry.put("statusListCredential", list);
        return entry;
    }

    /** The unsigned status list credential of list {@code list}. */
    Map<String, Object> credential(long list, String validFrom) {
        String id = urls.statusList(list);
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", id + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", "revocation");
        subject.put("encodedList", encode(achievements.revokedAmong(list * SIZE, SIZE)));
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of("https://www.w3.org/ns/credentials/v2"));
        credential.put("id", id);
        credential.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
        credential.put("issuer", urls.issuer());
        credential.put("validFrom", validFrom);
        credential.put("credentialSubject", subject);
        return credential;
    }

    /** Multibase base64url (no padding) of the GZIP of the bits, the first place being the left-most bit. */
    static String encode(BitSet revoked) {
        byte[] bits = new byte[SIZE / 8];
        revoked.stream().forEach(place -> bits[place / 8] |= (byte) (0x80 >>> (place % 8)));
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(zipped.toByteArray());
    }
}
