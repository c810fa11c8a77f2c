package dev.switchboard.achievement.achievement;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Counters of achievement numbers, one per scope a number pattern counts in; atomic, so no two issues share one. */
@Component
class NumberSequences {

    private final MongoTemplate mongo;

    NumberSequences(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    long next(String scope) {
        Counter counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(scope)),
                new Update().inc("value", 1L), FindAndModifyOptions.options().upsert(true).returnNew(true),
                Counter.class, "number_sequences");
        return counter.value();
    }

    record Counter(@Id String id, long value) {
    }
}
