package dev.kalshisim.sim.server.http;

/** Whether a route needs a signed request. */
public enum Access {
    /** Served without auth in production; a valid signature still attributes the call to its key. */
    PUBLIC,
    /** Needs valid {@code KALSHI-ACCESS-*} headers, else 401. */
    SIGNED
}
