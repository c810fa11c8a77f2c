package dev.switchboard.platform.web;

import dev.switchboard.platform.web.InvalidRequestException.FieldProblem;
import java.util.Arrays;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** What is wrong with a JSON body, by field, in words a client can act on and naming no Java type. */
final class JsonProblems {

    private JsonProblems() {
    }

    /** The field as the outermost exception knows it, what is wrong as the innermost one says. */
    static FieldProblem of(JacksonException e) {
        return new FieldProblem(pathOf(e), messageOf(innermost(e)));
    }

    /** Whether the body is not JSON, or JSON beyond the limits, rather than a JSON value a field cannot hold. */
    static boolean malformed(JacksonException e) {
        JacksonException cause = innermost(e);
        return cause instanceof StreamReadException || cause instanceof StreamConstraintsException;
    }

    private static JacksonException innermost(JacksonException e) {
        JacksonException innermost = e;
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException json) {
                innermost = json;
            }
        }
        return innermost;
    }

    private static String messageOf(JacksonException e) {
        if (e instanceof InputRefusedException) {
            return e.getOriginalMessage();
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field of this resource";
        }
        if (e instanceof StreamConstraintsException) {
            return "exceeds the limits of a request (length, nesting or number of values)";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                && mismatch.getTargetType().isEnum()) {
            return allowedValues(mismatch.getTargetType());
        }
        if (e instanceof StreamReadException && String.valueOf(e.getOriginalMessage()).startsWith("Duplicate")) {
            return "is given more than once";
        }
        if (e instanceof StreamReadException) {
            return "is not well-formed JSON";
        }
        return "has a value of the wrong type or shape";
    }

    static String allowedValues(Class<?> type) {
        if (type == null || !type.isEnum()) {
            return "has an invalid value";
        }
        return "must be one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                .collect(Collectors.joining(", "));
    }

    static String pathOf(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
