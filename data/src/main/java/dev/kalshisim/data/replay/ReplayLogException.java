package dev.kalshisim.data.replay;

/** A replay log that cannot be built or read, with a message fit for one line: which file, and what is wrong. */
public final class ReplayLogException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReplayLogException(String message) {
        super(message);
    }

    public ReplayLogException(String message, Throwable cause) {
        super(message, cause);
    }
}
