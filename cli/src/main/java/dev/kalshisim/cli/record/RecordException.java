package dev.kalshisim.cli.record;

/**
 * Why a recording could not start or go on, in one line for the user: an unknown market, a server
 * that cannot be reached, a refused key. The command prints the message and exits non-zero.
 */
public final class RecordException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RecordException(String message) {
        super(message);
    }

    public RecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
