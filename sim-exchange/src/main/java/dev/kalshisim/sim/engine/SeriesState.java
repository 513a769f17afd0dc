package dev.kalshisim.sim.engine;

/** A series in the catalog. */
final class SeriesState {

    final SeriesSpec spec;
    final long createdNanos;

    SeriesState(SeriesSpec spec, long createdNanos) {
        this.spec = spec;
        this.createdNanos = createdNanos;
    }

    String ticker() {
        return spec.ticker();
    }
}
