package dev.kalshisim.sim.engine.retention;

import java.time.Duration;
import java.util.Objects;

/**
 * How long finished things stay in the engine's memory before they move to the historical store
 * ({@link HistorySink}), as Kalshi moves data older than its cutoff behind {@code /historical}.
 *
 * <p>A fill or trade older than {@code window} (by its creation time), an order canceled or
 * fully executed longer than {@code window} ago, and a market settled longer than {@code window}
 * ago (with its members' positions) leave; so do the oldest ones whenever a count cap is passed,
 * even inside the window, until a tenth of the cap is free (so they leave in batches). Resting orders and positions in unsettled markets never leave. Times are
 * the engine's clock, so on a virtual clock the window is virtual time.
 *
 * @param window how long finished items stay live
 * @param maxTrades live trades kept at most (each trade's two fills go with it)
 * @param maxFinishedOrders canceled or executed orders kept live at most
 * @param maxSettledMarkets settled markets kept live at most
 * @param evictionBudget items moved at most per engine command, so no command pays for a big move
 *     at once; the rest follows on later commands
 */
public record LiveWindow(Duration window, int maxTrades, int maxFinishedOrders, int maxSettledMarkets,
                         int evictionBudget) {

    /** Everything stays live: the engine's behaviour without a historical store. */
    public static final LiveWindow KEEP_ALL = new LiveWindow(Duration.ofDays(365L * 1_000), Integer.MAX_VALUE,
            Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);

    public LiveWindow {
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("live window must be positive: " + window);
        }
        if (maxTrades < 1 || maxFinishedOrders < 1 || maxSettledMarkets < 1 || evictionBudget < 1) {
            throw new IllegalArgumentException("live window caps must be positive: " + maxTrades + ", "
                    + maxFinishedOrders + ", " + maxSettledMarkets + ", " + evictionBudget);
        }
    }

    /**
     * The server's default: Kalshi's window of about three months (90 days), so a test that moves
     * the virtual clock a day still finds its orders and fills on the live endpoints, and count caps
     * that bound memory instead: at most 5,000 trades, 10,000 finished orders and 1,000 settled
     * markets live (about 15 minutes of the demo flow), 1,024 items moved per command.
     */
    public static LiveWindow defaults() {
        return new LiveWindow(Duration.ofDays(90), 5_000, 10_000, 1_000, 1_024);
    }

    public LiveWindow withWindow(Duration value) {
        return new LiveWindow(value, maxTrades, maxFinishedOrders, maxSettledMarkets, evictionBudget);
    }

    public LiveWindow withCaps(int trades, int finishedOrders, int settledMarkets) {
        return new LiveWindow(window, trades, finishedOrders, settledMarkets, evictionBudget);
    }

    long windowNanos() {
        return window.getSeconds() > Long.MAX_VALUE / 1_000_000_000L / 2 ? Long.MAX_VALUE / 2 : window.toNanos();
    }
}
