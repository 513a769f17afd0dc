package dev.kalshisim.sim.replay.playback;

import static dev.kalshisim.sim.replay.playback.TestRecording.SECOND;
import static dev.kalshisim.sim.replay.playback.TestRecording.T0;
import static dev.kalshisim.sim.replay.playback.TestRecording.levels;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Fill;
import dev.kalshisim.core.model.MarketResult;
import dev.kalshisim.core.model.MarketStatus;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Orderbook;
import dev.kalshisim.core.model.OrderbookLevel;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.Trade;
import dev.kalshisim.core.time.VirtualClock;
import dev.kalshisim.sim.engine.MatchingExchange;
import dev.kalshisim.sim.engine.query.FillQuery;
import dev.kalshisim.sim.engine.query.TradeQuery;
import dev.kalshisim.sim.engine.order.OrderResult;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The playback on an engine and a virtual clock, over small recordings written for each test. */
class PlaybackTest {

    private static final String M = "KXFED-26MAR-T4.25";
    private static final String BOT = "bot";

    @TempDir
    Path dir;

    private final VirtualClock clock = new VirtualClock(T0);
    private final MatchingExchange engine = new MatchingExchange(clock);
    private final List<PlaybackStatus> exhausted = new ArrayList<>();
    private Playback playback;

    @AfterEach
    void stop() {
        if (playback != null) {
            playback.close();
        }
        assertThat(engine.checkInvariants()).isEmpty();
    }

    private Playback play(TestRecording recording) {
        PlaybackSource source = recording.open(dir);
        assertThat(source.firstRecvNanos()).isEqualTo(T0);
        playback = Playback.start(PlaybackConfig.virtual(source), () -> engine, clock, exhausted::add);
        engine.createMember(BOT, Money.ofDollars(1_000), null);
        return playback;
    }

    @Test
    void theEnginesBookEqualsTheRecordedBookAfterSnapshotsAndDeltas() {
        play(new TestRecording()
                .snapshot(T0, M, levels("0.40", "5.00", "0.45", "10.00"), levels("0.50", "7.50"))
                .delta(T0 + SECOND, M, "yes", "0.45", "-4.00")
                .delta(T0 + 2 * SECOND, M, "yes", "0.44", "3.25")
                .delta(T0 + 3 * SECOND, M, "no", "0.50", "-7.50")
                .delta(T0 + 4 * SECOND, M, "no", "0.53", "2.00")
                .snapshot(T0 + 5 * SECOND, M, levels("0.41", "1.00"), levels("0.55", "9.00")));

        assertThat(book(engine.orderbook(M, 0).value().yesDollars())).isEqualTo(map(4000, 500, 4500, 1000));
        assertThat(book(engine.orderbook(M, 0).value().noDollars())).isEqualTo(map(5000, 750));

        clock.advanceTo(T0 + 4 * SECOND);
        Orderbook afterDeltas = engine.orderbook(M, 0).value();
        assertThat(book(afterDeltas.yesDollars())).isEqualTo(map(4000, 500, 4400, 325, 4500, 600));
        assertThat(book(afterDeltas.noDollars())).isEqualTo(map(5300, 200));
        assertThat(book(afterDeltas.yesDollars())).isEqualTo(playback.recordedBook(M, OutcomeSide.YES));

        clock.advanceTo(T0 + 5 * SECOND);
        assertThat(book(engine.orderbook(M, 0).value().yesDollars())).isEqualTo(map(4100, 100));
        assertThat(book(engine.orderbook(M, 0).value().noDollars())).isEqualTo(map(5500, 900));
        assertThat(playback.status().exhausted()).isTrue();
        assertThat(exhausted).hasSize(1);
    }

    @Test
    void aBotOrderAtTheBackOfALevelFillsOnlyAfterTheRecordedQuantityAheadTrades() {
        play(new TestRecording()
                .snapshot(T0, M, levels("0.45", "10.00"), levels())
                // Recorded after the bot's order arrives: joins behind it.
                .delta(T0 + SECOND, M, "yes", "0.45", "7.00")
                // A NO taker sells YES into the 0.45 bids: 8 of the 10 ahead of the bot.
                .trade(T0 + 2 * SECOND, M, "0.45", "8.00", "no")
                .delta(T0 + 2 * SECOND, M, "yes", "0.45", "-8.00")
                // 4 more: the last 2 ahead, then 2 of the bot's 5.
                .trade(T0 + 3 * SECOND, M, "0.45", "4.00", "no")
                .delta(T0 + 3 * SECOND, M, "yes", "0.45", "-4.00"));
        OrderResult bot = engine.placeOrder(PlaceOrder.bid(BOT, M, Price.ofCents(45), Count.ofContracts(5)));
        assertThat(engine.queuePosition(BOT, bot.orderId()).value().queuePositionFp()).isEqualTo(Count.ofContracts(10));

        clock.advanceTo(T0 + 2 * SECOND);
        assertThat(engine.fills(BOT, FillQuery.all())).isEmpty();
        assertThat(engine.queuePosition(BOT, bot.orderId()).value().queuePositionFp()).isEqualTo(Count.ofContracts(2));

        clock.advanceTo(T0 + 3 * SECOND);
        List<Fill> fills = engine.fills(BOT, FillQuery.all());
        assertThat(fills).hasSize(1);
        assertThat(fills.get(0).countFp()).isEqualTo(Count.ofContracts(2));
        assertThat(fills.get(0).yesPriceDollars()).isEqualTo(Price.ofCents(45));
        // The recorded level is 10 + 7 - 8 - 4 = 5 of others, behind the bot's 3 left: 8 in all.
        assertThat(book(engine.orderbook(M, 0).value().yesDollars())).isEqualTo(map(4500, 800));
        assertThat(playback.recordedBook(M, OutcomeSide.YES)).isEqualTo(map(4500, 500));
    }

    @Test
    void theDeltaThatFollowsATradeDoesNotShrinkTheLevelTwiceInEitherOrder() {
        play(new TestRecording()
                .snapshot(T0, M, levels("0.45", "10.00"), levels("0.50", "10.00"))
                .trade(T0 + SECOND, M, "0.45", "4.00", "no")
                .delta(T0 + SECOND, M, "yes", "0.45", "-4.00")
                // Delta first, then its trade: the trade finds the decrease already made.
                .delta(T0 + 2 * SECOND, M, "no", "0.50", "-3.00")
                .trade(T0 + 2 * SECOND, M, "0.50", "3.00", "yes"));
        clock.advanceTo(T0 + 2 * SECOND);
        assertThat(book(engine.orderbook(M, 0).value().yesDollars())).isEqualTo(map(4500, 600));
        assertThat(book(engine.orderbook(M, 0).value().noDollars())).isEqualTo(map(5000, 700));
    }

    @Test
    void aRecordedTradeIsOnThePublicTape() {
        play(new TestRecording()
                .snapshot(T0, M, levels("0.45", "10.00"), levels("0.52", "6.00"))
                .trade(T0 + SECOND, M, "0.48", "2.50", "yes")
                .delta(T0 + SECOND, M, "no", "0.52", "-2.50"));
        clock.advanceTo(T0 + SECOND);
        List<Trade> trades = engine.trades(TradeQuery.forTicker(M));
        assertThat(trades).hasSize(1);
        assertThat(trades.get(0).yesPriceDollars()).isEqualTo(Price.ofCents(48));
        assertThat(trades.get(0).countFp()).isEqualTo(Count.ofHundredths(250));
        assertThat(trades.get(0).takerSide()).isEqualTo(OutcomeSide.YES);
    }

    @Test
    void theMarketSettlesAtTheRecordedResult() {
        play(new TestRecording()
                .snapshot(T0, M, levels("0.45", "10.00"), levels("0.50", "10.00"))
                .lifecycle(T0 + 10 * SECOND, M, "determined", "yes")
                .lifecycle(T0 + 11 * SECOND, M, "settled", "yes"));
        // The bot buys 3 YES from the recorded NO bids at 0.50, i.e. at YES 0.50.
        OrderResult bought = engine.placeOrder(PlaceOrder.bid(BOT, M, Price.ofCents(50), Count.ofContracts(3)));
        assertThat(bought.fillCount()).isEqualTo(Count.ofContracts(3));
        Money before = engine.balance(BOT).value().cash();

        clock.advanceTo(T0 + 11 * SECOND);
        assertThat(engine.market(M).orElseThrow().status()).isEqualTo(MarketStatus.FINALIZED);
        assertThat(engine.market(M).orElseThrow().result()).isEqualTo(MarketResult.YES);
        assertThat(engine.balance(BOT).value().cash()).isEqualTo(before.plus(Money.ofDollars(3)));
        assertThat(playback.status().refused()).isZero();
    }

    @Test
    void steppingTheVirtualClockAppliesExactlyTheRecordsDue() {
        play(new TestRecording()
                .snapshot(T0, M, levels("0.45", "10.00"), levels())
                .delta(T0 + SECOND, M, "yes", "0.45", "1.00")
                .delta(T0 + 2 * SECOND, M, "yes", "0.45", "1.00")
                .delta(T0 + 2 * SECOND, M, "yes", "0.45", "1.00")
                .delta(T0 + 3 * SECOND, M, "yes", "0.45", "1.00"));
        long snapshotRecords = 3; // begin, one level, end
        assertThat(playback.status().applied()).isEqualTo(snapshotRecords);
        assertThat(playback.status().nextRecordNanos()).isEqualTo(T0 + SECOND);

        clock.advanceTo(T0 + SECOND - 1);
        assertThat(playback.status().applied()).isEqualTo(snapshotRecords);
        clock.advanceTo(T0 + 2 * SECOND + SECOND / 2);
        assertThat(playback.status().applied()).isEqualTo(snapshotRecords + 3);
        assertThat(book(engine.orderbook(M, 0).value().yesDollars())).isEqualTo(map(4500, 1300));
        assertThat(playback.status().lastAppliedNanos()).isEqualTo(T0 + 2 * SECOND);
        assertThat(playback.status().exhausted()).isFalse();

        clock.advanceTo(T0 + 3 * SECOND);
        assertThat(playback.status().exhausted()).isTrue();
        assertThat(book(engine.orderbook(M, 0).value().yesDollars())).isEqualTo(map(4500, 1400));
    }

    @Test
    void aCrossedRecordedLevelIsHeldBackUntilTheCrossingClears() {
        play(new TestRecording()
                .snapshot(T0, M, levels("0.50", "5.00"), levels("0.40", "5.00"))
                // NO bid at 0.52 is a YES ask at 0.48: below the recorded YES bid at 0.50.
                .delta(T0 + SECOND, M, "no", "0.52", "3.00")
                .delta(T0 + 2 * SECOND, M, "yes", "0.50", "-5.00"));
        clock.advanceTo(T0 + SECOND);
        assertThat(book(engine.orderbook(M, 0).value().noDollars())).isEqualTo(map(4000, 500));
        assertThat(engine.trades(TradeQuery.forTicker(M))).isEmpty();
        assertThat(playback.status().heldBack()).isEqualTo(1);

        clock.advanceTo(T0 + 2 * SECOND);
        assertThat(book(engine.orderbook(M, 0).value().yesDollars())).isEmpty();
        assertThat(book(engine.orderbook(M, 0).value().noDollars())).isEqualTo(map(4000, 500, 5200, 300));
        assertThat(engine.trades(TradeQuery.forTicker(M))).isEmpty();
    }

    @Test
    void aRecordedLevelThatCrossesABotsOrderTradesWithIt() {
        play(new TestRecording()
                .snapshot(T0, M, levels("0.45", "5.00"), levels("0.50", "5.00"))
                // A new YES ask at 0.48 (NO bid at 0.52) arrives under the bot's YES bid at 0.49.
                .delta(T0 + SECOND, M, "no", "0.52", "3.00"));
        engine.placeOrder(PlaceOrder.bid(BOT, M, Price.ofCents(49), Count.ofContracts(2)));
        clock.advanceTo(T0 + SECOND);
        assertThat(engine.fills(BOT, FillQuery.all())).extracting(Fill::countFp).containsExactly(Count.ofContracts(2));
        // The recorded level shows in full again: the participant's 3 rest after the bot took its 2.
        assertThat(book(engine.orderbook(M, 0).value().noDollars())).isEqualTo(map(5000, 500, 5200, 300));
    }

    @Test
    void onTheWallClockAtTenTimesTheRecordsAreDueAtATenthOfTheirOffset() {
        PlaybackSource source = new TestRecording()
                .snapshot(T0, M, levels("0.45", "10.00"), levels())
                .delta(T0 + SECOND, M, "yes", "0.45", "1.00")
                .delta(T0 + 2 * SECOND, M, "yes", "0.45", "1.00")
                .open(dir);
        // A virtual clock standing in for the wall: the playback only reads and schedules on it.
        VirtualClock wall = new VirtualClock(5 * T0 / 4);
        MatchingExchange onWall = new MatchingExchange(wall);
        playback = Playback.start(PlaybackConfig.wall(source, PlaybackSpeed.parse("10")), () -> onWall, wall,
                exhausted::add);
        long origin = 5 * T0 / 4;
        wall.advanceTo(origin + SECOND / 10 - 1);
        assertThat(book(onWall.orderbook(M, 0).value().yesDollars())).isEqualTo(map(4500, 1000));
        wall.advanceTo(origin + SECOND / 10);
        assertThat(book(onWall.orderbook(M, 0).value().yesDollars())).isEqualTo(map(4500, 1100));
        wall.advanceTo(origin + 2 * SECOND / 10);
        assertThat(book(onWall.orderbook(M, 0).value().yesDollars())).isEqualTo(map(4500, 1200));
        assertThat(exhausted).hasSize(1);
        // The market's times are mapped the same way: open from the start, closing a tenth as late.
        assertThat(onWall.market(M).orElseThrow().status()).isEqualTo(MarketStatus.ACTIVE);
    }

    @Test
    void atMaxSpeedEveryRecordIsAppliedWithoutTheClockMoving() throws Exception {
        PlaybackSource source = new TestRecording()
                .snapshot(T0, M, levels("0.45", "10.00"), levels())
                .delta(T0 + 3_600 * SECOND, M, "yes", "0.45", "5.00")
                .open(dir);
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        playback = Playback.start(PlaybackConfig.wall(source, PlaybackSpeed.MAX), () -> engine, clock,
                status -> done.countDown());
        assertThat(done.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(clock.nowNanos()).isEqualTo(T0);
        assertThat(book(engine.orderbook(M, 0).value().yesDollars())).isEqualTo(map(4500, 1500));
    }

    @Test
    void speedsAndClocksParseOrSayWhatIsAccepted() {
        assertThat(PlaybackSpeed.parse("max").isMax()).isTrue();
        assertThat(PlaybackSpeed.parse("10").factor()).isEqualTo(10);
        assertThat(PlaybackClock.parse("virtual")).isEqualTo(PlaybackClock.VIRTUAL);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PlaybackSpeed.parse("0"))
                .hasMessageContaining("--speed must be");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PlaybackClock.parse("Wall"))
                .hasMessage("--clock must be wall or virtual, got Wall");
    }

    private static NavigableMap<Long, Long> book(List<OrderbookLevel> levels) {
        NavigableMap<Long, Long> out = new TreeMap<>();
        for (OrderbookLevel level : levels) {
            out.put(level.price().units(), level.count().hundredths());
        }
        return out;
    }

    private static NavigableMap<Long, Long> map(long... pairs) {
        NavigableMap<Long, Long> out = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }
}
