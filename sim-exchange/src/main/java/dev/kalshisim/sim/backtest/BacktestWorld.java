package dev.kalshisim.sim.backtest;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.MarketPosition;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.time.VirtualClock;
import dev.kalshisim.data.replay.ReplayLog;
import dev.kalshisim.data.replay.ReplayLogFormat;
import dev.kalshisim.sim.engine.query.PositionQuery;
import dev.kalshisim.sim.replay.FillModel;
import dev.kalshisim.sim.replay.FillModels;
import dev.kalshisim.sim.replay.QueueModels;
import java.util.SplittableRandom;

/**
 * One backtest's world without its strategy: the virtual clock, the replay exchange, the venue in
 * front of it and the driver of time. {@link Backtest} runs a strategy in it; tests put their own
 * runners on its venue.
 */
final class BacktestWorld {

    private final BacktestConfig config;
    private final VirtualClock clock;
    private final BacktestExchange exchange;
    private final BacktestVenue venue;
    private final ReplayDriver driver;
    private final FillModel model;
    private final Money startingCash;

    BacktestWorld(BacktestConfig config, BacktestJournal journal, BacktestProgress progress) {
        this.config = config;
        ReplayLog log = config.log();
        long first = log.header().firstRecvNs();
        long start = Math.max(config.fromNanos(), first);
        this.clock = new VirtualClock(start);
        // One seeded source per concern, split from the run's seed, so adding latency jitter does not
        // change which cancels the queue model puts ahead.
        SplittableRandom seeds = new SplittableRandom(config.seed());
        SplittableRandom queueRandom = seeds.split();
        SplittableRandom latencyRandom = seeds.split();
        this.model = FillModels.create(config.fillModel(), QueueModels.of(config.queueModel()), queueRandom,
                log.tickers());
        this.exchange = new BacktestExchange(log, config.manifest(), clock, model, config.seed(), config.balance());
        Latencies latencies = new Latencies(config.latency(), latencyRandom);
        this.venue = new BacktestVenue(clock, exchange, log, latencies, journal, config.tier(), config.pacing());
        this.driver = new ReplayDriver(log, config.fromNanos(), config.toNanos(), clock, exchange, venue, latencies,
                progress);
        this.startingCash = venue.cash();
    }

    VirtualClock clock() {
        return clock;
    }

    BacktestExchange exchange() {
        return exchange;
    }

    BacktestVenue venue() {
        return venue;
    }

    ReplayDriver driver() {
        return driver;
    }

    FillModel model() {
        return model;
    }

    BacktestConfig config() {
        return config;
    }

    /**
     * Cash now minus cash at the start, plus each open position marked at the recorded book's mid
     * (YES contracts at the YES mid, NO contracts at one minus it), rounded down to the micro-dollar;
     * a position in a market with no recorded bid or ask on either side is marked at the side there is,
     * or at zero.
     */
    Money pnl() {
        Money total = venue.cash().minus(startingCash);
        for (MarketPosition position : exchange.engine().positions(BacktestExchange.STRATEGY, PositionQuery.all())) {
            Count held = position.positionFp();
            int market = exchange.markets().indexOf(position.ticker());
            if (held.isZero() || market < 0) {
                continue;
            }
            long mid2 = yesMidTimesTwo(market);
            if (mid2 < 0) {
                continue;
            }
            long hundredths = held.hundredths();
            long micros2 = hundredths > 0 ? hundredths * mid2 : -hundredths * (2 * Price.SCALE - mid2);
            total = total.plus(Money.ofMicros(Math.floorDiv(micros2, 2)));
        }
        return total;
    }

    /** Twice the YES mid in price units, or -1 with no book (twice, so the mid stays exact). */
    private long yesMidTimesTwo(int market) {
        ViewBooks books = venue.views();
        int yesBid = books.bestRecorded(market, ReplayLogFormat.SIDE_YES);
        int noBid = books.bestRecorded(market, ReplayLogFormat.SIDE_NO);
        long yesAsk = noBid < 0 ? -1 : Price.SCALE - noBid;
        if (yesBid >= 0 && yesAsk >= 0) {
            return yesBid + yesAsk;
        }
        if (yesBid >= 0) {
            return 2L * yesBid;
        }
        if (yesAsk >= 0) {
            return 2 * yesAsk;
        }
        return -1;
    }
}
