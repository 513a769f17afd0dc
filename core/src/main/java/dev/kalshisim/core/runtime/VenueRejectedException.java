package dev.kalshisim.core.runtime;

import dev.kalshisim.core.strategy.Rejection;
import java.util.Objects;

/**
 * The venue answered a command and refused it. The port contract: a venue's future fails with
 * this exception exactly when the venue said no, so the runner can hand the strategy the typed
 * {@link Rejection}; any other failure means no answer came (the outcome may be unknown).
 *
 * <p>The message is the one line the strategy sees as the order update's reason, worded by the
 * venue adapter (for Kalshi: {@code code (HTTP status): message}).
 */
public final class VenueRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Rejection rejection;

    /** A refusal worded {@code message}, carrying {@code rejection}; {@code cause} may be null. */
    public VenueRejectedException(Rejection rejection, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.rejection = Objects.requireNonNull(rejection, "rejection");
    }

    /**
     * A refusal worded as Kalshi's are ({@code code (HTTP status): message}): for venues that
     * answer with Kalshi's refusals themselves, in memory.
     */
    public static VenueRejectedException worded(Rejection rejection) {
        String message = rejection.message() != null ? ": " + rejection.message() : "";
        return new VenueRejectedException(rejection, rejection.code() + " (HTTP " + rejection.httpStatus() + ")"
                + message, null);
    }

    /** What the venue said. */
    public Rejection rejection() {
        return rejection;
    }
}
