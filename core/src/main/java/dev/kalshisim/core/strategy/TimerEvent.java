package dev.kalshisim.core.strategy;

/**
 * A timer the strategy scheduled fell due.
 *
 * @param tsNanos the epoch nanos it was due at (a live runner may deliver it a little later)
 * @param name    the name it was scheduled under
 */
public record TimerEvent(long tsNanos, String name) implements StrategyEvent {

    public TimerEvent {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a timer needs a name");
        }
    }

    @Override
    public void deliverTo(Strategy strategy) {
        strategy.onTimer(this);
    }
}
