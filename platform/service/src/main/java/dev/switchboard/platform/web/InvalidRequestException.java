package dev.switchboard.platform.web;

import java.util.List;

/** The request names fields that are wrong; answered with 400 and one entry per field. */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldProblem> errors;

    public InvalidRequestException(List<FieldProblem> errors) {
        super("The request has invalid fields.");
        this.errors = List.copyOf(errors);
    }

    public static InvalidRequestException of(String field, String message) {
        return new InvalidRequestException(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    /** What is wrong with one field, dotted for nested ones ({@code emails[0].address}). */
    public record FieldProblem(String field, String message) {
    }
}
