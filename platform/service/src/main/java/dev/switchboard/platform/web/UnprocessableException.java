package dev.switchboard.platform.web;

/** Well-formed but breaks a business rule (an unknown reference, say): answered with 422. */
public class UnprocessableException extends RuntimeException {

    public UnprocessableException(String message) {
        super(message);
    }
}
