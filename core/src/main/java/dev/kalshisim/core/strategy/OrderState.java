package dev.kalshisim.core.strategy;

/**
 * Where an order stands, as the strategy API reports it.
 *
 * <p>Finer than Kalshi's {@code resting | canceled | executed}: runners derive it from the
 * response to a create, the {@code user_order} stream and fills. {@link #SUBMITTED} is local: the
 * state of an order the strategy has sent but the venue has not answered yet. Runners never
 * report it.
 */
public enum OrderState {
    /** Sent by the strategy, not yet answered by the venue (local only). */
    SUBMITTED,
    /** Accepted by the venue; whether it rests or fills is not known yet. */
    ACCEPTED,
    /** Resting on the book with nothing filled. */
    RESTING,
    /** Resting on the book with part of it filled. */
    PARTIALLY_FILLED,
    /** Completely filled; terminal. */
    FILLED,
    /** Cancelled by the strategy, the venue, expiry or self-trade prevention; terminal. */
    CANCELED,
    /** Refused by the venue; terminal, the reason says why. */
    REJECTED;

    /** Whether the order can change no more. */
    public boolean isTerminal() {
        return this == FILLED || this == CANCELED || this == REJECTED;
    }
}
