package dev.switchboard.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.bson.Document;

/**
 * Writes contacts straight into contact-service's MongoDB, in the shape contact-service stores them, because
 * creating a million through the API would take hours. Nothing is published for them: they exist for the
 * search, the index rebuild and the export, not for other services.
 */
final class ContactSeeder implements AutoCloseable {

    static final List<String> FIRST = List.of("Ada", "Alan", "Grace", "Linus", "Margaret", "Dennis", "Barbara",
            "Ken", "Frances", "Edsger", "Zoë", "Björn", "Anna", "Mateo", "Chloé", "Kwame", "Aiko", "Priya", "Omar",
            "Sofia", "Lucas", "Élodie", "Noah", "Amara", "Jonas", "Ingrid", "Tomás", "Yara", "Felix", "Maja");
    static final List<String> LAST = List.of("Lovelace", "Turing", "Hopper", "Torvalds", "Hamilton", "Ritchie",
            "Liskov", "Thompson", "Allen", "Dijkstra", "Ångström", "Nyström", "Müller", "García", "Dubois", "Mensah",
            "Tanaka", "Sharma", "Haddad", "Rossi", "Silva", "Lefèvre", "Smith", "Okafor", "Berg", "Larsen", "Núñez",
            "Haddad", "Weber", "Kowalski");
    static final List<String> TAGS = List.of("vip", "partner", "alumni", "speaker", "press", "lead", "trainer",
            "student", "donor", "board");

    private final MongoClient client = MongoClients.create("mongodb://127.0.0.1:27017");
    private final MongoCollection<Document> contacts = client.getDatabase("contact-service").getCollection("contacts");
    private final Random random = new Random(42);

    long count() {
        return contacts.estimatedDocumentCount();
    }

    /** Adds contacts until there are {@code total}, spread over the accounts; returns how many it added. */
    long seedUpTo(long total, List<String> accountIds) {
        long added = 0;
        List<Document> batch = new ArrayList<>();
        for (long existing = count(); existing + added < total; added++) {
            batch.add(contact(accountIds.get(random.nextInt(accountIds.size()))));
            if (batch.size() == 1000) {
                contacts.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            contacts.insertMany(batch);
        }
        return added;
    }

    private Document contact(String accountId) {
        String first = FIRST.get(random.nextInt(FIRST.size()));
        String last = LAST.get(random.nextInt(LAST.size()));
        String id = UUID.randomUUID().toString();
        String email = plain(first) + "." + plain(last) + "." + id.substring(0, 8) + "@example.org";
        String phone = "+1 555 " + (1_000_000 + random.nextInt(9_000_000));
        Date now = new Date();
        Document flags = new Document("leftCompany", random.nextInt(20) == 0).append("unsubscribed", random.nextInt(10) == 0)
                .append("noThirdPartyMail", false).append("marketing", random.nextBoolean());
        Document details = new Document("firstName", first).append("lastName", last)
                .append("emails", List.of(new Document("address", email).append("primary", true)))
                .append("phones", List.of(new Document("number", phone).append("type", "WORK")))
                .append("identityTypes", random.nextInt(10) == 0 ? List.of("INSTRUCTOR") : List.of())
                .append("kind", random.nextInt(4) == 0 ? "INTERNAL" : "CLIENT")
                .append("availability", List.of("AVAILABLE", "BUSY", "OFFLINE").get(random.nextInt(3)))
                .append("flags", flags).append("owner", "admin")
                .append("tags", List.of(TAGS.get(random.nextInt(TAGS.size()))))
                .append("groups", List.of()).append("customFields", new Document()).append("addresses", List.of())
                .append("addressSync", false);
        return new Document("_id", id).append("details", details)
                .append("accounts", List.of(new Document("accountId", accountId).append("active", true)))
                .append("primaryAccountId", accountId).append("deleted", false).append("purged", false)
                .append("createdAt", now).append("updatedAt", now)
                .append("lockVersion", 0L).append("version", 1L).append("outbox", List.of())
                .append("_class", "dev.switchboard.contact.contact.Contact");
    }

    static String plain(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        client.close();
    }
}
