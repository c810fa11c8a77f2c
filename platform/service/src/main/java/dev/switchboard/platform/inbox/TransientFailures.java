package dev.switchboard.platform.inbox;

import dev.switchboard.platform.web.ServiceUnavailableException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Tells a failure that passes by itself (a database, broker, Keycloak or another service away for a while) from one
 * that never will. The first kind is retried without limit; anything else is retried a few times and then
 * dead-lettered, since a malformed or invalid event will fail the same way forever.
 */
final class TransientFailures {

    /** Known by name, so the platform needs none of these libraries on its class path. */
    private static final Set<String> TRANSIENT_BY_NAME = Set.of(
            "com.mongodb.MongoSocketException",
            "com.mongodb.MongoTimeoutException",
            "com.mongodb.MongoNotPrimaryException",
            "com.mongodb.MongoNodeIsRecoveringException",
            "org.apache.kafka.common.errors.RetriableException",
            "org.springframework.web.client.ResourceAccessException",
            "org.springframework.web.client.HttpServerErrorException",
            "io.github.resilience4j.circuitbreaker.CallNotPermittedException",
            "jakarta.ws.rs.ProcessingException",
            "jakarta.ws.rs.ServerErrorException");

    private TransientFailures() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof TransientDataAccessException
                    || cause instanceof RecoverableDataAccessException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof OptimisticLockingFailureException
                    || cause instanceof ServiceUnavailableException
                    || cause instanceof SocketException
                    || cause instanceof SocketTimeoutException
                    || cause instanceof UnknownHostException
                    || cause instanceof HttpTimeoutException
                    || cause instanceof ClosedChannelException
                    || cause instanceof TimeoutException
                    || namedTransient(cause.getClass())) {
                return true;
            }
        }
        return false;
    }

    private static boolean namedTransient(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (TRANSIENT_BY_NAME.contains(c.getName())) {
                return true;
            }
        }
        return false;
    }
}
