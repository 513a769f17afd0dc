package dev.kalshisim.kalshi.stream;

import dev.kalshisim.core.wire.stream.Command;
import dev.kalshisim.core.wire.stream.ErrorReply;
import dev.kalshisim.core.wire.stream.StreamErrorCode;

/** The server answered a command with an {@code error} reply. */
public final class StreamCommandException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Command command;
    private final transient ErrorReply reply;

    public StreamCommandException(Command command, ErrorReply reply) {
        super(command.cmd() + " (id " + command.id() + ") failed with error " + reply.msg().code() + ": "
                + reply.msg().msg() + (reply.msg().marketTicker() == null ? "" : " [" + reply.msg().marketTicker() + "]"));
        this.command = command;
        this.reply = reply;
    }

    /** The command that failed. */
    public Command command() {
        return command;
    }

    /** The server's error reply. */
    public ErrorReply reply() {
        return reply;
    }

    /** The reply's code as a constant. */
    public StreamErrorCode errorCode() {
        return reply.errorCode();
    }
}
