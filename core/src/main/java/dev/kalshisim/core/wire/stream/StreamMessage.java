package dev.kalshisim.core.wire.stream;

/**
 * Anything the server sends on the socket: a reply to a command, a channel message, or a message
 * this version does not model ({@link UnknownMessage}) or could not read ({@link MalformedMessage}).
 */
public sealed interface StreamMessage permits Reply, ChannelMessage, UnknownMessage, MalformedMessage {

    /** The message's {@code type} on the wire, e.g. {@code "orderbook_delta"}; empty when it had none. */
    String type();
}
