package dev.switchboard.platform.web;

import java.util.List;

/** The request contradicts the resource's current state: answered with 409 and the reasons. */
public class ConflictException extends RuntimeException {

    private final List<String> reasons;

    public ConflictException(String message, List<String> reasons) {
        super(message);
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
