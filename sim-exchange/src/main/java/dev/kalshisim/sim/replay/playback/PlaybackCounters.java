package dev.kalshisim.sim.replay.playback;

/** What the playback could not apply as recorded, for its status. Guarded by the playback's lock. */
final class PlaybackCounters {

    /** Records that named nothing the engine can show (a trade without price or side, say). */
    long skipped;
    /** Times a level was held back because it would have crossed replay quantity on the other side. */
    long heldBack;
    /** Engine refusals of replay commands (a closed market, a price off the grid). */
    long refused;
    String lastRefusal;

    void refused(String line) {
        refused++;
        lastRefusal = line;
    }
}
