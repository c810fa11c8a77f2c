package dev.switchboard.platform.sample;

import com.mongodb.MongoClientSettings;
import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.stereotype.Component;

/**
 * Runs a test's steps on the thread that sends a chosen MongoDB command, right before and right after it, so a test
 * can place a write exactly between two steps of the platform's own work.
 */
@Component
class MongoCommandHook implements CommandListener, MongoClientSettingsBuilderCustomizer {

    record Interleaving(String commandName, String collection, BooleanSupplier when, Runnable before, Runnable after) {
    }

    private final AtomicReference<Interleaving> armed = new AtomicReference<>();
    private final AtomicReference<Running> running = new AtomicReference<>();

    private record Running(int requestId, Runnable after) {
    }

    /** Runs {@code before} and {@code after} around the next such command sent while {@code when} holds. */
    void around(String commandName, String collection, BooleanSupplier when, Runnable before, Runnable after) {
        armed.set(new Interleaving(commandName, collection, when, before, after));
    }

    @Override
    public void customize(MongoClientSettings.Builder settings) {
        settings.addCommandListener(this);
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        Interleaving interleaving = armed.get();
        if (interleaving != null && interleaving.commandName().equals(event.getCommandName())
                && interleaving.collection().equals(event.getCommand().get(event.getCommandName()).asString().getValue())
                && interleaving.when().getAsBoolean() && armed.compareAndSet(interleaving, null)) {
            interleaving.before().run();
            running.set(new Running(event.getRequestId(), interleaving.after()));
        }
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        finish(event.getRequestId());
    }

    @Override
    public void commandFailed(CommandFailedEvent event) {
        finish(event.getRequestId());
    }

    private void finish(int requestId) {
        Running current = running.get();
        if (current != null && current.requestId() == requestId && running.compareAndSet(current, null)) {
            current.after().run();
        }
    }
}
