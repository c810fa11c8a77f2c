package dev.switchboard.platform.domain;

/** The aggregate asked for does not exist (or no longer does); the web layer answers 404. */
public class AggregateNotFound extends RuntimeException {

    public AggregateNotFound(String type, String id) {
        super("No " + type + " with id '" + id + "'");
    }
}
