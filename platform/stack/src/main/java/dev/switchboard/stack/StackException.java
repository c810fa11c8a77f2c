package dev.switchboard.stack;

/** The stack cannot be started or stopped as asked; the message says what to do. */
public class StackException extends RuntimeException {

    public StackException(String message) {
        super(message);
    }
}
