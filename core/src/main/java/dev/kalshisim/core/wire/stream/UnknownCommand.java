package dev.kalshisim.core.wire.stream;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A well-formed JSON command whose {@code cmd} is missing or not one Kalshi defines; a server
 * answers it with error 5.
 *
 * @param id the command's id if it had a readable one, else 0
 * @param cmd the command name as sent, or {@code ""}
 * @param raw the command as received
 */
public record UnknownCommand(long id, String cmd, @JsonValue JsonNode raw) implements Command {

    public UnknownCommand {
        cmd = cmd == null ? "" : cmd;
        Objects.requireNonNull(raw, "raw");
    }
}
