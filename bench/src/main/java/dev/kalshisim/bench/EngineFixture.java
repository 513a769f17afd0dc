package dev.kalshisim.bench;

import dev.kalshisim.core.model.FeeType;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.time.VirtualClock;
import dev.kalshisim.sim.engine.Exchange;
import dev.kalshisim.sim.engine.MatchingExchange;
import dev.kalshisim.sim.engine.catalog.EventSpec;
import dev.kalshisim.sim.engine.catalog.MarketSpec;
import dev.kalshisim.sim.engine.catalog.SeriesSpec;
import dev.kalshisim.sim.engine.config.EngineConfig;
import dev.kalshisim.sim.engine.retention.HistorySink;
import dev.kalshisim.sim.engine.retention.LiveWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A fresh engine with one open whole-cent market under Kalshi's quadratic fees, on a virtual clock
 * that never moves: no expiry or close ever falls due, so a benchmark measures order handling only.
 */
final class EngineFixture {

    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    static final String TICKER = "BENCH-MKT";
    /** Enough that no benchmark iteration runs a member out of collateral. */
    static final Money BALANCE = Money.ofDollars(1_000_000_000L);

    final VirtualClock clock;
    final Exchange exchange;

    /** The live window a backtest gives its engine: past 1,000 finished orders and trades, the oldest leave. */
    static final LiveWindow BACKTEST_WINDOW = LiveWindow.defaults().withCaps(1_000, 1_000, 1_000);

    private EngineFixture(List<String> members, Money balance, LiveWindow window) {
        clock = new VirtualClock(START.getEpochSecond() * 1_000_000_000L);
        exchange = new MatchingExchange(clock, EngineConfig.defaults(), window, HistorySink.DISCARD);
        exchange.createSeries(SeriesSpec.of("BENCH", FeeType.QUADRATIC)).orElseThrow();
        exchange.createEvent(EventSpec.of("BENCH-EV", "BENCH")).orElseThrow();
        exchange.createMarket(MarketSpec.of(TICKER, "BENCH-EV", START.minus(Duration.ofHours(1)),
                START.plus(Duration.ofDays(365)))).orElseThrow();
        for (String member : members) {
            exchange.createMember(member, balance, null).orElseThrow();
        }
    }

    /** An engine with {@code members} funded with {@link #BALANCE} each. */
    static EngineFixture withMembers(List<String> members) {
        return new EngineFixture(members, BALANCE, LiveWindow.KEEP_ALL);
    }

    /** An engine with {@code members} funded with {@code balance} each. */
    static EngineFixture withMembers(List<String> members, Money balance) {
        return new EngineFixture(members, balance, LiveWindow.KEEP_ALL);
    }

    /** An engine with {@code members} funded with {@code balance} each, keeping {@code window} live. */
    static EngineFixture withMembers(List<String> members, Money balance, LiveWindow window) {
        return new EngineFixture(members, balance, window);
    }

    /** Fails the run when the engine's books or ledger broke: a fast wrong engine is no result. */
    void assertSound() {
        List<String> broken = exchange.checkInvariants();
        if (!broken.isEmpty()) {
            throw new IllegalStateException("engine invariants broken after the benchmark: " + broken);
        }
    }
}
