package dev.kalshisim.sim.engine.fee;

/** Which end of a fill a member was on: the incoming order (taker) or the resting one (maker). */
public enum Liquidity {
    TAKER,
    MAKER
}
