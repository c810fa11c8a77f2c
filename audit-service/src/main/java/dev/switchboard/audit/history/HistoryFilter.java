package dev.switchboard.audit.history;

import dev.switchboard.platform.events.Channel;
import dev.switchboard.platform.domain.InvalidValues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * What a reader narrows a history to: one field, one actor (by id or name), one channel, and a time range (from
 * inclusive, to exclusive). Every part is optional.
 */
record HistoryFilter(String field, String actor, Channel channel, Instant from, Instant to) {

    HistoryFilter {
        if (from != null && to != null && !from.isBefore(to)) {
            throw InvalidValues.of("from", "must be before to");
        }
    }

    boolean isEmpty() {
        return field == null && actor == null && channel == null && from == null && to == null;
    }

    /** The filter as a reader would write it, e.g. {@code field=lastName, channel=API}. */
    String describe() {
        List<String> parts = new ArrayList<>();
        if (field != null) {
            parts.add("field=" + field);
        }
        if (actor != null) {
            parts.add("actor=" + actor);
        }
        if (channel != null) {
            parts.add("channel=" + channel);
        }
        if (from != null) {
            parts.add("from=" + from);
        }
        if (to != null) {
            parts.add("to=" + to);
        }
        return String.join(", ", parts);
    }

    boolean matches(AuditEntry entry) {
        return matches(entry.field(), entry.actor(), entry.actorName(), entry.channel(), entry.time());
    }

    boolean matches(HistoryRef ref) {
        return matches(ref.field(), ref.actor(), ref.actorName(), ref.channel(), ref.time());
    }

    private boolean matches(String entryField, String actorId, String actorName, String entryChannel, Instant time) {
        return (field == null || field.equals(entryField))
                && (actor == null || actor.equals(actorId) || actor.equals(actorName))
                && (channel == null || channel.name().equals(entryChannel))
                && (from == null || (time != null && !time.isBefore(from)))
                && (to == null || (time != null && time.isBefore(to)));
    }

    /** The same filter as a query, for a listing that is not one entity's chain. */
    Criteria criteria(Criteria base) {
        List<Criteria> parts = new ArrayList<>();
        if (field != null) {
            parts.add(Criteria.where("field").is(field));
        }
        if (actor != null) {
            parts.add(new Criteria().orOperator(Criteria.where("actor").is(actor), Criteria.where("actorName").is(actor)));
        }
        if (channel != null) {
            parts.add(Criteria.where("channel").is(channel.name()));
        }
        if (from != null || to != null) {
            Criteria time = Criteria.where("time");
            if (from != null) {
                time = time.gte(from);
            }
            if (to != null) {
                time = time.lt(to);
            }
            parts.add(time);
        }
        parts.add(0, base);
        return new Criteria().andOperator(parts);
    }
}
