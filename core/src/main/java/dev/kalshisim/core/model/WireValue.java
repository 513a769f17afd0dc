package dev.kalshisim.core.model;

/** An enum with a name of its own on Kalshi's wire. */
public interface WireValue {

    /** The name Kalshi uses on the wire. */
    String wire();
}
