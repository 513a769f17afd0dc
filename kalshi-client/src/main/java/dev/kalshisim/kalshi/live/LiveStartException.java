package dev.kalshisim.kalshi.live;

/**
 * A {@link LiveRunner} could not start: the server was unreachable, refused the key, or did not
 * answer in time. The message says which step failed and why, on one line, without secrets.
 */
public final class LiveStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LiveStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
