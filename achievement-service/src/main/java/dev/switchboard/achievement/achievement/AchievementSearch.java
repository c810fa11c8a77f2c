package dev.switchboard.achievement.achievement;

import dev.switchboard.platform.web.PageRequests;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/** Finds achievements by definition, contact, validity as of now, and expiry; the newest issued first. */
@Component
class AchievementSearch {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "issuedAt").and(Sort.by(Sort.Direction.DESC, "_id"));
    private static final int CONTACT_LIMIT = 1000;

    private final MongoTemplate mongo;

    AchievementSearch(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Page<Achievement> find(String definitionId, Validity validity, Instant expiringBefore, Instant now, int page,
            int size) {
        List<Criteria> all = new ArrayList<>();
        if (definitionId != null) {
            all.add(Criteria.where("definitionId").is(definitionId));
        }
        if (validity != null) {
            all.add(validAs(validity, now));
        }
        if (expiringBefore != null) {
            all.add(Criteria.where("expiresAt").lt(expiringBefore));
        }
        Query query = Query.query(all.isEmpty() ? new Criteria() : new Criteria().andOperator(all));
        PageRequest pageable = PageRequests.of(page, size, NEWEST_FIRST);
        List<Achievement> items = mongo.find(Query.of(query).with(pageable), Achievement.class);
        return PageableExecutionUtils.getPage(items, pageable, () -> mongo.count(query, Achievement.class));
    }

    /** A contact's achievements, the newest first; at most a thousand, more than a person earns. */
    List<Achievement> ofContact(String contactId, Validity validity, Instant now) {
        Criteria criteria = Criteria.where("contactId").is(contactId);
        if (validity != null) {
            criteria = new Criteria().andOperator(criteria, validAs(validity, now));
        }
        return mongo.find(Query.query(criteria).with(NEWEST_FIRST).limit(CONTACT_LIMIT), Achievement.class);
    }

    /** The same rule as {@link Achievement#validityAt}, as a query. */
    private static Criteria validAs(Validity validity, Instant now) {
        return switch (validity) {
            case REVOKED -> Criteria.where("revokedAt").ne(null);
            case EXPIRED -> new Criteria().andOperator(Criteria.where("revokedAt").is(null),
                    Criteria.where("expiresAt").lte(now));
            case ACTIVE -> new Criteria().andOperator(Criteria.where("revokedAt").is(null),
                    new Criteria().orOperator(Criteria.where("expiresAt").is(null), Criteria.where("expiresAt").gt(now)));
        };
    }
}
