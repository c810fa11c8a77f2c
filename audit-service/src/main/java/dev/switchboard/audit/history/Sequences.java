package dev.switchboard.audit.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import org.bson.Document;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Gap-free sequences of documents stored under {@code key/000000000042}, read by lists of ids only: the embedded
 * MongoDB answers an {@code _id $in} from its index, but scans the whole collection for anything else (a range of
 * ids included). A head document per key remembers the last number as a hint; the documents themselves are the
 * truth, so a hint left behind by a crash is corrected by looking a few numbers further.
 */
@Component
class Sequences {

    static final int BATCH = 500;
    private static final int PROBE = 16;

    private final MongoTemplate mongo;

    Sequences(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    static String id(String key, long seq) {
        return key + "/" + String.format("%012d", seq);
    }

    /** The number of the last document of {@code key}, 0 if there is none. */
    long last(String key, Class<? extends Sequenced> type) {
        Head head = mongo.findById(headId(key, type), Head.class);
        long last = head == null ? 0 : head.seq();
        while (true) {
            Query probe = Query.query(Criteria.where("_id").in(ids(key, last + 1, last + PROBE)));
            probe.fields().include("seq");
            long found = mongo.find(probe, Document.class, mongo.getCollectionName(type)).stream()
                    .mapToLong(document -> document.get("seq", Number.class).longValue()).max().orElse(last);
            if (found == last) {
                return last;
            }
            last = found;
        }
    }

    /** Moves the hint forward, never back, so the next writer looks from there. */
    void advance(String key, Class<? extends Sequenced> type, long seq) {
        mongo.findAndModify(Query.query(Criteria.where("_id").is(headId(key, type))), new Update().max("seq", seq),
                FindAndModifyOptions.options().upsert(true), Head.class);
    }

    /** The documents numbered {@code from} to {@code to} (inclusive) that exist, highest number first. */
    <T extends Sequenced> List<T> range(String key, Class<T> type, long from, long to) {
        if (to < from || to < 1) {
            return List.of();
        }
        List<T> found = new ArrayList<>(mongo.find(Query.query(Criteria.where("_id")
                .in(ids(key, Math.max(1, from), to))), type));
        found.sort(Comparator.comparingLong(Sequenced::seq).reversed());
        return found;
    }

    /**
     * One page of the documents of {@code key} that match, highest number first, and how many match in all. Without
     * a filter the page is read by its ids directly; with one, the key's documents are read backwards in batches.
     */
    <T extends Sequenced> Slice<T> newestFirst(String key, Class<T> type, Predicate<T> filter, boolean filtered,
            int page, int size) {
        long last = last(key, type);
        long skip = (long) page * size;
        if (!filtered) {
            long top = last - skip;
            return new Slice<>(range(key, type, top - size + 1, top), last);
        }
        List<T> items = new ArrayList<>();
        long matches = 0;
        for (long top = last; top >= 1; top -= BATCH) {
            for (T document : range(key, type, top - BATCH + 1, top)) {
                if (filter.test(document)) {
                    if (matches >= skip && items.size() < size) {
                        items.add(document);
                    }
                    matches++;
                }
            }
        }
        return new Slice<>(items, matches);
    }

    private static List<String> ids(String key, long from, long to) {
        return LongStream.rangeClosed(from, to).mapToObj(seq -> id(key, seq)).toList();
    }

    private String headId(String key, Class<? extends Sequenced> type) {
        return mongo.getCollectionName(type) + ":" + key;
    }

    /** Some documents of a sequence and the number of all that matched. */
    record Slice<T>(List<T> items, long total) {
    }

    /** The last number handed out in a sequence, as far as its writers told. */
    @org.springframework.data.mongodb.core.mapping.Document("audit_sequence_heads")
    record Head(@Id String id, long seq) {
    }
}
