package dev.kalshisim.sim.engine.catalog;

/** A series in the catalog. */
public final class SeriesState {

    final SeriesSpec spec;
    final long createdNanos;

    SeriesState(SeriesSpec spec, long createdNanos) {
        this.spec = spec;
        this.createdNanos = createdNanos;
    }

    public SeriesSpec spec() {
        return spec;
    }

    public long createdNanos() {
        return createdNanos;
    }

    public String ticker() {
        return spec.ticker();
    }
}
