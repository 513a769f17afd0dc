package dev.kalshisim.violation.ping;

import dev.kalshisim.violation.pong.Pong;

/** Half of a deliberate package cycle for the architecture test. */
public final class Ping {

    public Pong answer() {
        return new Pong();
    }
}
