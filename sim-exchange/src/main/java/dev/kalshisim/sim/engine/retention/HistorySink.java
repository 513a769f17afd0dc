package dev.kalshisim.sim.engine.retention;

/**
 * Where the engine puts what leaves its live window. Called under the exchange lock, once per
 * eviction round, before the engine forgets the items: if it throws, nothing is forgotten and the
 * round is retried on a later command, so nothing is ever in neither place.
 */
@FunctionalInterface
public interface HistorySink {

    /** Drops everything: a live window with no historical store. */
    HistorySink DISCARD = batch -> { };

    /** Stores {@code batch}; must not call the exchange. */
    void archive(Archived batch);
}
