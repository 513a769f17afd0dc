package dev.kalshisim.sim.backtest;

/** Told when what the strategy sees at one level may have changed outside the recording's own records. */
@FunctionalInterface
interface LevelChanges {

    LevelChanges NONE = (market, side, price) -> {
    };

    void changed(int market, int side, int price);
}
