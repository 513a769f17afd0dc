package dev.kalshisim.core.runtime;

/**
 * No answer came from the venue: the connection failed, timed out, or the venue's answer could not
 * be read. A command that failed this way may still have reached the venue; the runner treats a
 * create as rejected and reconciles from the venue's own records later.
 *
 * <p>Adapters use it to word transport failures in one line; any exception other than {@link
 * VenueRejectedException} means the same to the runner.
 */
public final class VenueUnreachableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public VenueUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
