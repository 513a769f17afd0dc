package dev.kalshisim.violation.pong;

import dev.kalshisim.violation.ping.Ping;

/** The other half of a deliberate package cycle for the architecture test. */
public final class Pong {

    public Ping answer() {
        return new Ping();
    }
}
