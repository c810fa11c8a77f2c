package dev.switchboard.platform.web;

/** Another service this request depends on does not answer now: answered with 503, worth a retry later. */
public class ServiceUnavailableException extends RuntimeException {

    public ServiceUnavailableException(String message) {
        super(message);
    }
}
