package dev.switchboard.platform.events;

/** How a change was made: by a person in the console, by another system, or by the platform reacting to an event. */
public enum Channel {
    MANUAL, API, SYSTEM
}
