package dev.kalshisim.bench;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.TimeInForce;
import dev.kalshisim.sim.engine.Exchange;
import dev.kalshisim.sim.engine.order.AmendCommand;
import dev.kalshisim.sim.engine.order.CancelResult;
import dev.kalshisim.sim.engine.order.OrderResult;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import dev.kalshisim.sim.engine.result.RejectReason;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Matching-engine throughput through the public {@link Exchange} facade, one thread, as the REST
 * server drives it (every call takes the engine lock and builds its result records and events).
 *
 * <p>Each iteration starts from a fresh engine: the engine keeps every order, fill and trade for the
 * query endpoints, so one long-lived engine would make later iterations measure a bigger heap.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// Four warm-up iterations: the mixed workload's many paths were still speeding up after two.
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {

    static final String MAKER = "maker";
    static final String TAKER = "taker";
    static final long CENT_UNITS = Price.SCALE / 100;

    /**
     * (a) One non-crossing limit order placed and the oldest of the member's resting orders canceled,
     * so the book holds a steady {@code depth} orders. One operation = one place + one cancel.
     */
    @Benchmark
    public void restingPlaceCancel(Resting s, Blackhole bh) {
        OrderResult placed = s.exchange.placeOrder(s.nextOrder());
        CancelResult canceled = s.exchange.cancelOrder(MAKER, s.ring[s.oldest]);
        if (!placed.isAccepted() || !canceled.isAccepted() || placed.remainingCount().hundredths() == 0) {
            s.unexpected++;
        }
        s.ring[s.oldest] = placed.orderId();
        s.oldest = (s.oldest + 1) % s.ring.length;
        bh.consume(placed);
        bh.consume(canceled);
    }

    /**
     * (b) A one-contract immediate-or-cancel bid that takes the best ask of a {@code depth}-order ask
     * book, then the maker whose ask filled puts it back at the back of that level, so the book stays
     * as it was. One operation = one crossing order (one fill) + one resting refill.
     */
    @Benchmark
    public void crossingTakeRefill(Crossing s, Blackhole bh) {
        OrderResult taken = s.exchange.placeOrder(s.take);
        if (!taken.isAccepted() || taken.fills().size() != 1) {
            s.unexpected++;
            bh.consume(taken);
            return;
        }
        int level = (int) (taken.fills().get(0).yesPriceDollars().units() / CENT_UNITS) - Crossing.LOWEST_ASK_CENTS;
        // The engine fills in time priority, so the filled maker is the first in this mirror of the level's queue.
        ArrayDeque<Integer> queue = s.queues.get(level);
        int maker = queue.removeFirst();
        OrderResult refilled = s.exchange.placeOrder(s.refills[maker][level]);
        queue.addLast(maker);
        if (!refilled.isAccepted() || !refilled.fills().isEmpty()) {
            s.unexpected++;
        }
        bh.consume(taken);
        bh.consume(refilled);
    }

    /**
     * (c) A seeded random mix over several members in one market: 50% place (bid and ask prices
     * overlap, so some cross), 30% cancel, 20% amend to a new price. One operation = one command.
     * The aux counters report fills and refused commands per second (a cancel of an order that has
     * filled since is refused, as on Kalshi).
     */
    @Benchmark
    public void mixedWorkload(Mixed s, MixedCounters counters, Blackhole bh) {
        int member = s.random.nextInt(Mixed.MEMBERS);
        List<String> live = s.live.get(member);
        int roll = s.random.nextInt(100);
        if (live.isEmpty() || (roll < 50 && live.size() < Mixed.MAX_LIVE_PER_MEMBER)) {
            bh.consume(s.place(member, live, counters));
        } else if (roll < 80) {
            // Also where a place was rolled but the member is at its cap.
            bh.consume(s.cancel(member, live, counters));
        } else {
            bh.consume(s.amend(member, live, counters));
        }
    }

    /** State of (a): one member's ring of resting orders. */
    @State(Scope.Thread)
    public static class Resting {

        /** How many of the member's orders rest in the book; collateral work grows with it. */
        @Param({"1", "100", "1000"})
        public int depth;

        Exchange exchange;
        EngineFixture fixture;
        /** The member's resting order ids; {@code oldest} is the next to cancel. */
        String[] ring;
        int oldest;
        /** Non-crossing orders to cycle through: bids at 1-49 cents and asks at 51-99 cents. */
        private PlaceOrder[] orders;
        private int nextOrder;
        long unexpected;

        @Setup(Level.Iteration)
        public void setUp() {
            fixture = EngineFixture.withMembers(List.of(MAKER));
            exchange = fixture.exchange;
            orders = new PlaceOrder[98];
            for (int cents = 1; cents <= 49; cents++) {
                orders[2 * (cents - 1)] = PlaceOrder.bid(MAKER, EngineFixture.TICKER, Price.ofCents(cents),
                        Count.ofContracts(10));
                orders[2 * (cents - 1) + 1] = PlaceOrder.ask(MAKER, EngineFixture.TICKER, Price.ofCents(100 - cents),
                        Count.ofContracts(10));
            }
            nextOrder = 0;
            ring = new String[depth];
            for (int i = 0; i < depth; i++) {
                ring[i] = exchange.placeOrder(nextOrder()).orderId();
            }
            oldest = 0;
            unexpected = 0;
        }

        PlaceOrder nextOrder() {
            PlaceOrder order = orders[nextOrder];
            nextOrder = nextOrder + 1 == orders.length ? 0 : nextOrder + 1;
            return order;
        }

        @TearDown(Level.Iteration)
        public void check() {
            requireNone(unexpected, "restingPlaceCancel");
            fixture.assertSound();
        }
    }

    /** State of (b): a deep ask book owned by one or many makers, and a taker. */
    @State(Scope.Thread)
    public static class Crossing {

        static final int LOWEST_ASK_CENTS = 51;
        static final int LEVELS = 10;

        /** The resting one-contract asks, spread over ten price levels (51-60 cents). */
        @Param({"100", "1000"})
        public int depth;

        /**
         * How many members own those asks, round-robin: 1 is one market maker quoting the whole book,
         * 100 spreads it thin. Separates the cost of the book's depth from that of one member's many orders.
         */
        @Param({"1", "100"})
        public int makers;

        Exchange exchange;
        EngineFixture fixture;
        PlaceOrder take;
        /** Maker i's one-contract ask at level j (price 51 + j cents). */
        PlaceOrder[][] refills;
        /** Per level, the makers of its resting asks in time priority. */
        List<ArrayDeque<Integer>> queues;
        long unexpected;

        @Setup(Level.Iteration)
        public void setUp() {
            List<String> members = new ArrayList<>();
            for (int i = 0; i < makers; i++) {
                members.add(MAKER + "-" + i);
            }
            members.add(TAKER);
            fixture = EngineFixture.withMembers(members);
            exchange = fixture.exchange;
            refills = new PlaceOrder[makers][LEVELS];
            for (int i = 0; i < makers; i++) {
                for (int j = 0; j < LEVELS; j++) {
                    refills[i][j] = PlaceOrder.ask(members.get(i), EngineFixture.TICKER,
                            Price.ofCents(LOWEST_ASK_CENTS + j), Count.ofContracts(1));
                }
            }
            queues = new ArrayList<>();
            for (int j = 0; j < LEVELS; j++) {
                queues.add(new ArrayDeque<>());
            }
            for (int k = 0; k < depth; k++) {
                int maker = k % makers;
                int level = k % LEVELS;
                OrderResult rested = exchange.placeOrder(refills[maker][level]);
                if (!rested.isAccepted()) {
                    throw new IllegalStateException("cannot build the ask book: " + rested.message());
                }
                queues.get(level).addLast(maker);
            }
            take = PlaceOrder.bid(TAKER, EngineFixture.TICKER, Price.ofCents(99), Count.ofContracts(1))
                    .withTimeInForce(TimeInForce.IMMEDIATE_OR_CANCEL);
            unexpected = 0;
        }

        @TearDown(Level.Iteration)
        public void check() {
            requireNone(unexpected, "crossingTakeRefill");
            fixture.assertSound();
        }
    }

    /** Fills and refusals of (c), reported by JMH per second next to the command rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class MixedCounters {
        public long fills;
        public long refusals;

        @Setup(Level.Iteration)
        public void reset() {
            fills = 0;
            refusals = 0;
        }
    }

    /** State of (c): the members' open order ids, as a bot would track them. */
    @State(Scope.Thread)
    public static class Mixed {

        static final int MEMBERS = 8;
        /** Caps each member's tracked orders so the book stays bounded (about 400 orders at most). */
        static final int MAX_LIVE_PER_MEMBER = 50;
        static final long SEED = 20_260_101L;

        Exchange exchange;
        EngineFixture fixture;
        SplittableRandom random;
        String[] members;
        /** Per member, ids of orders that were resting when last seen; some may have filled since. */
        List<List<String>> live;

        @Setup(Level.Iteration)
        public void setUp() {
            members = new String[MEMBERS];
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < MEMBERS; i++) {
                members[i] = "member-" + i;
                ids.add(members[i]);
            }
            fixture = EngineFixture.withMembers(ids);
            exchange = fixture.exchange;
            // The same seed every iteration: each iteration replays the same command sequence.
            random = new SplittableRandom(SEED);
            live = new ArrayList<>();
            for (int i = 0; i < MEMBERS; i++) {
                live.add(new ArrayList<>());
            }
        }

        /** Bids at 40-55 cents and asks at 45-60 cents overlap, so some orders cross on arrival. */
        OrderResult place(int member, List<String> mine, MixedCounters counters) {
            boolean bid = random.nextBoolean();
            long cents = bid ? 40 + random.nextInt(16) : 45 + random.nextInt(16);
            PlaceOrder order = PlaceOrder.limit(members[member], EngineFixture.TICKER, bid ? BookSide.BID : BookSide.ASK,
                    Price.ofCents(cents), Count.ofContracts(1 + random.nextInt(10)));
            OrderResult result = exchange.placeOrder(order);
            if (result.isAccepted()) {
                counters.fills += result.fills().size();
                if (result.remainingCount().isPositive()) {
                    mine.add(result.orderId());
                }
            } else {
                counters.refusals++;
            }
            return result;
        }

        CancelResult cancel(int member, List<String> mine, MixedCounters counters) {
            String id = removeAt(mine, random.nextInt(mine.size()));
            CancelResult result = exchange.cancelOrder(members[member], id);
            if (!result.isAccepted()) {
                counters.refusals++;
            }
            return result;
        }

        OrderResult amend(int member, List<String> mine, MixedCounters counters) {
            int index = random.nextInt(mine.size());
            Price price = Price.ofCents(42 + random.nextInt(16));
            OrderResult result = exchange.amendOrder(
                    new AmendCommand(members[member], mine.get(index), null, null, price, null, null, null));
            if (result.isAccepted()) {
                counters.fills += result.fills().size();
                if (!result.remainingCount().isPositive()) {
                    removeAt(mine, index);
                }
            } else {
                counters.refusals++;
                if (result.reject() == RejectReason.ORDER_NOT_RESTING) {
                    removeAt(mine, index);
                }
            }
            return result;
        }

        /** Removes in O(1) by moving the last id into the gap; the tracked ids have no order. */
        private static String removeAt(List<String> ids, int index) {
            String last = ids.remove(ids.size() - 1);
            return index == ids.size() ? last : ids.set(index, last);
        }

        @TearDown(Level.Iteration)
        public void check() {
            fixture.assertSound();
        }
    }

    private static void requireNone(long unexpected, String benchmark) {
        if (unexpected != 0) {
            throw new IllegalStateException(benchmark + ": " + unexpected
                    + " commands were refused or did not match as designed, so the figure would measure another path");
        }
    }
}
