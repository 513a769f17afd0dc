package dev.kalshisim.core.wire.stream;

/** A server reply to a command, matched to it by {@link #id()}. */
public sealed interface Reply extends StreamMessage
        permits Subscribed, Unsubscribed, UpdateOk, SubscriptionList, ErrorReply {

    /** The id of the command this answers, or {@code null} when the server sent none (id 0 or absent). */
    Long id();
}
