package dev.switchboard.platform.domain;

import java.util.List;

/**
 * Values that break a rule no single field's constraint can state (an email given twice, an undeclared custom
 * field); the web layer answers 400 naming each field, like a failed constraint.
 */
public class InvalidValues extends RuntimeException {

    private final List<Problem> problems;

    public InvalidValues(List<Problem> problems) {
        super("The request has invalid fields.");
        this.problems = List.copyOf(problems);
    }

    public static InvalidValues of(String field, String message) {
        return new InvalidValues(List.of(new Problem(field, message)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** What is wrong with one value, dotted for nested ones ({@code emails[0].address}). */
    public record Problem(String field, String message) {
    }
}
