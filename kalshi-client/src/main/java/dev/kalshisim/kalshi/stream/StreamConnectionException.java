package dev.kalshisim.kalshi.stream;

import java.io.IOException;

/**
 * A command could not complete because the connection was not open or dropped before its reply
 * came; the server may or may not have acted on it.
 */
public final class StreamConnectionException extends IOException {

    private static final long serialVersionUID = 1L;

    public StreamConnectionException(String message) {
        super(message);
    }

    public StreamConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
