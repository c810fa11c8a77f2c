package dev.switchboard.achievement.achievement;

import dev.switchboard.events.contact.ContactPurged;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A purged contact's achievements stay as history of their definitions, but no longer say whose they were: the
 * contact id is removed, and so are their documents with every version (a certificate prints the name, an uploaded
 * file may show the person). The achievement's own fields (number, dates, issuer, revocation) hold nothing of the
 * person. The files go first, so a retried purge finds the rest still to do; applying it again changes nothing more.
 */
@Component
class PurgedContacts {

    private final MongoTemplate mongo;
    private final DocumentFiles files;
    private final Clock clock;

    PurgedContacts(MongoTemplate mongo, DocumentFiles files, Clock clock) {
        this.mongo = mongo;
        this.files = files;
        this.clock = clock;
    }

    @EventListener
    void on(ContactPurged purged) {
        Query ofContact = Query.query(Criteria.where("contactId").is(purged.contactId()));
        List<String> fileIds = mongo.find(ofContact, Achievement.class).stream()
                .flatMap(achievement -> achievement.documents().stream())
                .flatMap(document -> document.allFiles().stream())
                .map(StoredFile::fileId)
                .toList();
        files.deleteAll(fileIds);
        mongo.updateMulti(ofContact, new Update().unset("contactId").set("documents", List.of())
                .set("anonymisedAt", clock.instant().truncatedTo(ChronoUnit.MILLIS)), Achievement.class);
    }
}
