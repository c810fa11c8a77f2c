package dev.switchboard.platform.inbox;

/**
 * An event arrived whose aggregate version is beyond the next one a view expects: an earlier event has not been
 * applied yet. Applying it would build the view over a gap, so the event is retried (without limit, as a transient
 * failure) until the missing one has been applied, for example after it was replayed from the dead-letter topic.
 */
public class EventGapException extends RuntimeException {

    public EventGapException(String view, String aggregateId, long applied, long arrived) {
        super(view + " has applied version " + applied + " of " + aggregateId + " and cannot apply version "
                + arrived + " before the ones in between");
    }

    /**
     * Whether an event of {@code arrived} version is the next for a view that has applied {@code applied} (0 when it
     * has applied none): true for the next one, false for one already applied, an exception for one beyond.
     */
    public static boolean isNext(String view, String aggregateId, long applied, long arrived) {
        if (arrived <= applied) {
            return false;
        }
        if (arrived > applied + 1) {
            throw new EventGapException(view, aggregateId, applied, arrived);
        }
        return true;
    }
}
