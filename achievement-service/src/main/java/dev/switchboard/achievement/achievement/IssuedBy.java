package dev.switchboard.achievement.achievement;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the achievement was issued for or by: an event or learning path (its id and name), or a person by hand.
 *
 * @param id   the event's or learning path's id; for MANUAL the actor, the caller unless given
 * @param name what to show for it; for MANUAL the actor's name, the caller unless given
 */
public record IssuedBy(@NotNull Type type, @Size(max = 100) String id, @Size(max = 200) String name) {

    public enum Type {
        EVENT, LEARNING_PATH, MANUAL
    }
}
