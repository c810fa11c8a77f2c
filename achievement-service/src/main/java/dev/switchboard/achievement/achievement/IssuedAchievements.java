package dev.switchboard.achievement.achievement;

import java.time.Clock;
import java.util.BitSet;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Achievements as the rest of this service reads them, and which places of a status list are revoked. */
@Component
public class IssuedAchievements {

    private final AchievementRepository achievements;
    private final MongoTemplate mongo;
    private final NumberSequences sequences;
    private final Clock clock;

    IssuedAchievements(AchievementRepository achievements, MongoTemplate mongo, NumberSequences sequences,
            Clock clock) {
        this.achievements = achievements;
        this.mongo = mongo;
        this.sequences = sequences;
        this.clock = clock;
    }

    public Optional<IssuedAchievement> byId(String id) {
        return achievements.findById(id).map(this::of);
    }

    public Optional<IssuedAchievement> byNumber(String number) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("number").is(number)), Achievement.class))
                .map(this::of);
    }

    /** The revoked places among {@code size} places from {@code first}, as bits from 0. */
    public BitSet revokedAmong(long first, int size) {
        Query revoked = Query.query(Criteria.where("statusIndex").gte(first).lt(first + size).and("revokedAt").ne(null));
        revoked.fields().include("statusIndex");
        BitSet bits = new BitSet(size);
        for (Document achievement : mongo.find(revoked, Document.class, Achievement.COLLECTION)) {
            bits.set((int) (((Number) achievement.get("statusIndex")).longValue() - first));
        }
        return bits;
    }

    private IssuedAchievement of(Achievement achievement) {
        Long statusIndex = achievement.statusIndex() != null ? achievement.statusIndex() : placeInStatusList(achievement);
        return new IssuedAchievement(achievement.id(), achievement.contactId(), achievement.definitionId(),
                achievement.name(), achievement.brand(), achievement.number(), achievement.issuedAt(),
                achievement.expiresAt(), achievement.revokedAt(), statusIndex, achievement.validityAt(clock.instant()));
    }

    /** One issued before status lists existed gets its place when first read; a place once given stays. */
    private long placeInStatusList(Achievement achievement) {
        long offered = sequences.next(AchievementIssuing.STATUS_INDEX) - 1;
        mongo.findAndModify(Query.query(Criteria.where("_id").is(achievement.id()).and("statusIndex").exists(false)),
                new Update().set("statusIndex", offered), FindAndModifyOptions.none(), Achievement.class);
        Document stored = mongo.findById(achievement.id(), Document.class, Achievement.COLLECTION);
        return ((Number) stored.get("statusIndex")).longValue();
    }
}
