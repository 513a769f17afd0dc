package dev.kalshisim.core.runtime;

/**
 * A {@link StrategyRunner} could not start: the venue was unreachable, refused the account, or did
 * not answer in time. The message says which step failed and why, on one line, without secrets.
 */
public final class RunStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RunStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
