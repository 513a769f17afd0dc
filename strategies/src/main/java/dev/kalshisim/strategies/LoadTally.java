package dev.kalshisim.strategies;

import java.util.EnumMap;
import java.util.Map;

/** The running counts behind {@link LoadStats}, on the strategy's one thread. */
final class LoadTally {

    private static final LoadKind[] KINDS = LoadKind.values();

    private final long[] issued = new long[KINDS.length];
    private final long[] ok = new long[KINDS.length];
    private final long[] rateLimited = new long[KINDS.length];
    private final long[] rejected = new long[KINDS.length];
    private long substituted;
    private long skipped;
    private long missedSlots;

    void issued(LoadKind kind) {
        issued[kind.ordinal()]++;
    }

    void ok(LoadKind kind) {
        ok[kind.ordinal()]++;
    }

    void rateLimited(LoadKind kind) {
        rateLimited[kind.ordinal()]++;
    }

    void rejected(LoadKind kind) {
        rejected[kind.ordinal()]++;
    }

    void substituted() {
        substituted++;
    }

    void skipped() {
        skipped++;
    }

    void missed(long slots) {
        missedSlots += slots;
    }

    LoadStats snapshot() {
        Map<LoadKind, LoadStats.Counts> byKind = new EnumMap<>(LoadKind.class);
        for (LoadKind kind : KINDS) {
            int i = kind.ordinal();
            byKind.put(kind, new LoadStats.Counts(issued[i], ok[i], rateLimited[i], rejected[i]));
        }
        return new LoadStats(byKind, substituted, skipped, missedSlots);
    }
}
