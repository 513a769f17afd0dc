package dev.kalshisim.core.wire.stream;

import java.util.Objects;

/**
 * A command that could not be read: not JSON, not an object, or a known {@code cmd} whose fields do
 * not fit. A server answers it with error 1.
 *
 * @param rawText the text as received
 * @param id the command's id if it could be read, else 0
 * @param cmd the command name if it could be read, else {@code ""}
 * @param error why it could not be read
 */
public record MalformedCommand(String rawText, long id, String cmd, String error) implements Command {

    public MalformedCommand {
        Objects.requireNonNull(rawText, "rawText");
        cmd = cmd == null ? "" : cmd;
        Objects.requireNonNull(error, "error");
    }
}
