package dev.kalshisim.cli.backfill;

/** A backfill that cannot go on; the message is one line saying why (an unknown ticker, a refused call). */
public final class BackfillException extends RuntimeException {

    public BackfillException(String message) {
        super(message);
    }

    public BackfillException(String message, Throwable cause) {
        super(message, cause);
    }
}
