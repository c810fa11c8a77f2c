package dev.switchboard.platform.web;

/** The addressed resource does not exist: answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String entityType, String id) {
        super("No " + entityType + " with id '" + id + "'");
    }
}
