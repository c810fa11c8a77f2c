package dev.switchboard.audit.history;

/** A document numbered within its key's gap-free sequence, stored under {@link Sequences#id}. */
interface Sequenced {

    String id();

    long seq();
}
