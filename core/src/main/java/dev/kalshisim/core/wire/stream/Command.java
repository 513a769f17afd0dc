package dev.kalshisim.core.wire.stream;

/**
 * A command a client sends: {@code {"id":n,"cmd":"...","params":{...}}}. The id is the client's,
 * unique within a connection; 0 means none and gets replies without an id.
 */
public sealed interface Command
        permits Subscribe, Unsubscribe, UpdateSubscription, ListSubscriptions, UnknownCommand, MalformedCommand {

    /** The command id (0 = none). */
    long id();

    /** The command name on the wire; empty if it had none. */
    String cmd();
}
