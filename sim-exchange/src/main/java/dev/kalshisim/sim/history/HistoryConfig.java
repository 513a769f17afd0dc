package dev.kalshisim.sim.history;

import dev.kalshisim.sim.engine.retention.LiveWindow;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The live window and the historical store behind {@code /historical}.
 *
 * @param live what stays in the engine's memory and for how long
 * @param dataDir where the store keeps its database; {@code null} keeps it in memory
 * @param memoryRows rows kept per kind (trades, orders, positions, markets) by the in-memory
 *     store; fills get twice as many, minute bars ten times; the oldest go first
 * @param diskRows the same cap on disk
 * @param maxBarsPerMarket minute bars kept per live market for candlesticks
 */
public record HistoryConfig(LiveWindow live, Path dataDir, int memoryRows, int diskRows, int maxBarsPerMarket) {

    public HistoryConfig {
        Objects.requireNonNull(live, "live");
        if (memoryRows < 1 || diskRows < 1 || maxBarsPerMarket < 1) {
            throw new IllegalArgumentException("history caps must be positive: " + memoryRows + ", " + diskRows
                    + ", " + maxBarsPerMarket);
        }
    }

    /** The defaults: {@link LiveWindow#defaults()}, in memory, 5,000 rows a kind (5,000,000 on disk), 14 days of bars. */
    public static HistoryConfig defaults() {
        return new HistoryConfig(LiveWindow.defaults(), null, 5_000, 5_000_000, 20_160);
    }

    public HistoryConfig withLive(LiveWindow value) {
        return new HistoryConfig(value, dataDir, memoryRows, diskRows, maxBarsPerMarket);
    }

    public HistoryConfig withDataDir(Path value) {
        return new HistoryConfig(live, value, memoryRows, diskRows, maxBarsPerMarket);
    }

    public HistoryConfig withMemoryRows(int value) {
        return new HistoryConfig(live, dataDir, value, diskRows, maxBarsPerMarket);
    }

    /** The row cap that applies: disk's with a data directory, memory's without. */
    public int rowCap() {
        return dataDir == null ? memoryRows : diskRows;
    }
}
