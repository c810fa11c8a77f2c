package dev.switchboard.achievement.achievement;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes AchievementExpired once for every achievement that passed its expiry, soon after (every minute by
 * default). Validity itself never waits for this job: it follows the clock when read. A revoked achievement is not
 * announced (revoked wins). Several instances may run it at once: the optimistic lock lets one of them announce.
 */
@Component
class ExpiryAnnouncements {

    private static final Logger log = LoggerFactory.getLogger(ExpiryAnnouncements.class);
    private static final int BATCH = 500;

    private final MongoTemplate mongo;
    private final Clock clock;

    ExpiryAnnouncements(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${switchboard.achievements.expiry-check:PT1M}",
            initialDelayString = "${switchboard.achievements.expiry-check:PT1M}")
    void run() {
        int announced;
        do {
            announced = announceDue();
        } while (announced == BATCH);
    }

    /** Announces a batch of the achievements due, the earliest expired first; how many it announced. */
    int announceDue() {
        Instant now = clock.instant();
        Query due = Query.query(Criteria.where("expiresAt").lte(now).and("expiryAnnounced").ne(true)
                        .and("revokedAt").is(null))
                .with(Sort.by("expiresAt")).limit(BATCH);
        int announced = 0;
        for (Achievement achievement : mongo.find(due, Achievement.class)) {
            if (achievement.announceExpiry(now)) {
                try {
                    mongo.save(achievement);
                    announced++;
                } catch (OptimisticLockingFailureException changedMeanwhile) {
                    log.debug("Achievement {} changed while its expiry was announced; the next run looks again",
                            achievement.id());
                }
            }
        }
        return announced;
    }
}
