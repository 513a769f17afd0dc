package dev.kalshisim.sim.engine.book.pricetime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.OutcomeSide;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NumberedBookTest {

    @Test
    void anIncomingOrderTradesBestPriceFirstThenOldestFirstAtTheMakersPrice() {
        NumberedBook book = new NumberedBook(16);
        book.place(1, OutcomeSide.NO, 4_000, 300, 1, false);
        book.place(2, OutcomeSide.NO, 4_500, 200, 2, false);
        book.place(3, OutcomeSide.NO, 4_500, 100, 3, false);

        // Buying YES at 0.62 crosses NO bids at 0.38 or more: 0.45 first (2 before 3), then 0.40.
        long traded = book.place(4, OutcomeSide.YES, 6_200, 400, 4, false);

        assertThat(traded).isEqualTo(400);
        NumberedBook.FillLog fills = book.fills();
        assertThat(fills.size()).isEqualTo(3);
        assertThat(new long[] {fills.makerId(0), fills.makerId(1), fills.makerId(2)}).containsExactly(2, 3, 1);
        assertThat(new long[] {fills.priceUnits(0), fills.priceUnits(1), fills.priceUnits(2)})
                .containsExactly(4_500, 4_500, 4_000);
        assertThat(new long[] {fills.count(0), fills.count(1), fills.count(2)}).containsExactly(200, 100, 100);
        assertThat(book.remaining(1)).isEqualTo(200);
        assertThat(book.restingOrders()).isEqualTo(1);
        assertThat(book.book().ladder(OutcomeSide.YES).isEmpty()).isTrue();
    }

    @Test
    void aMoveLosesPriorityAndAReductionKeepsIt() {
        NumberedBook book = new NumberedBook(16);
        book.place(1, OutcomeSide.YES, 5_000, 100, 1, false);
        book.place(2, OutcomeSide.YES, 5_000, 100, 2, false);
        book.place(3, OutcomeSide.YES, 4_000, 100, 3, false);
        book.reduce(1, 40);
        book.move(3, 5_000);

        book.place(4, OutcomeSide.NO, 5_000, 500, 4, true);

        NumberedBook.FillLog fills = book.fills();
        assertThat(fills.size()).isEqualTo(3);
        assertThat(new long[] {fills.makerId(0), fills.makerId(1), fills.makerId(2)}).containsExactly(1, 2, 3);
        assertThat(fills.count(0)).isEqualTo(60);
        // The IOC remainder did not rest.
        assertThat(book.restingOrders()).isZero();
        assertThat(book.book().ladder(OutcomeSide.NO).isEmpty()).isTrue();
    }

    @Test
    void aMoveThatCrossesTradesAndRestsItsRemainder() {
        NumberedBook book = new NumberedBook(16);
        book.place(1, OutcomeSide.NO, 3_000, 100, 1, false);
        book.place(2, OutcomeSide.YES, 6_000, 250, 2, false);

        book.move(2, 7_000);

        assertThat(book.fills().size()).isEqualTo(1);
        assertThat(book.remaining(2)).isEqualTo(150);
        assertThat(book.book().ladder(OutcomeSide.YES).best().priceUnits()).isEqualTo(7_000);
        assertThat(book.cancel(1)).isFalse();
        assertThat(book.cancel(2)).isTrue();
        assertThat(book.restingOrders()).isZero();
    }

    @Test
    void aSelfMatchStopsTheIncomingOrder() {
        NumberedBook book = new NumberedBook(16);
        book.place(1, OutcomeSide.NO, 5_000, 100, 7, false);
        book.place(2, OutcomeSide.NO, 4_000, 100, 8, false);

        long traded = book.place(3, OutcomeSide.YES, 6_000, 100, 7, false);

        assertThat(traded).isZero();
        assertThat(book.remaining(3)).isEqualTo(100);
        assertThat(book.remaining(1)).isEqualTo(100);
    }

    @Test
    void theBestLevelIsFoundAcrossTheWholePriceRangeWhenLevelsEmpty() {
        NumberedBook book = new NumberedBook(16);
        long[] prices = {1, 63, 64, 65, 127, 128, 5_000, 9_936, 9_999};
        for (int i = 0; i < prices.length; i++) {
            book.place(i + 1, OutcomeSide.YES, prices[i], 10, i + 1, false);
        }
        BidLadder<Void> yes = book.book().ladder(OutcomeSide.YES);
        for (int i = prices.length - 1; i >= 0; i--) {
            assertThat(yes.best().priceUnits()).isEqualTo(prices[i]);
            book.cancel(i + 1);
        }
        assertThat(yes.best()).isNull();
        assertThat(yes.isEmpty()).isTrue();
    }

    /** Thousands of random commands against a plain list model: same fills, same book after each. */
    @Test
    void agreesWithAPlainModelOnRandomCommands() {
        for (long seed = 1; seed <= 20; seed++) {
            runAgainstModel(seed, 3_000);
        }
    }

    private static void runAgainstModel(long seed, int commands) {
        SplittableRandom random = new SplittableRandom(seed);
        NumberedBook book = new NumberedBook(4);
        Model model = new Model();
        long nextId = 1;
        for (int c = 0; c < commands; c++) {
            int roll = random.nextInt(100);
            List<long[]> expected;
            if (roll < 35 || model.orders.isEmpty()) {
                long id = nextId++;
                OutcomeSide side = random.nextBoolean() ? OutcomeSide.YES : OutcomeSide.NO;
                long price = 100L * (30 + random.nextInt(41));
                long count = 1 + random.nextInt(500);
                int owner = random.nextInt(12);
                boolean ioc = random.nextInt(10) == 0;
                expected = model.place(id, side, price, count, owner, ioc);
                book.place(id, side, price, count, owner, ioc);
            } else {
                long id = model.orders.get(random.nextInt(model.orders.size())).id;
                if (roll < 55) {
                    expected = List.of();
                    model.cancel(id);
                    assertThat(book.cancel(id)).isTrue();
                } else if (roll < 85) {
                    long price = 100L * (30 + random.nextInt(41));
                    expected = model.move(id, price);
                    assertThat(book.move(id, price)).isTrue();
                } else {
                    long by = 1 + random.nextInt(600);
                    expected = List.of();
                    model.reduce(id, by);
                    assertThat(book.reduce(id, by)).isTrue();
                }
            }
            NumberedBook.FillLog fills = book.fills();
            List<long[]> actual = new ArrayList<>();
            for (int i = 0; i < fills.size(); i++) {
                actual.add(new long[] {fills.makerId(i), fills.priceUnits(i), fills.count(i)});
            }
            assertThat(actual).as("seed %d command %d", seed, c).containsExactlyElementsOf(expected);
            assertSameBook(book, model, seed, c);
        }
    }

    private static void assertSameBook(NumberedBook book, Model model, long seed, int c) {
        assertThat(book.restingOrders()).as("seed %d command %d", seed, c).isEqualTo(model.orders.size());
        for (OutcomeSide side : OutcomeSide.values()) {
            List<long[]> actual = new ArrayList<>();
            long entries = 0;
            for (Level<Void> level : book.book().ladder(side).bestFirst()) {
                long sum = 0;
                for (Resting<Void> e = level.first(); e != null; e = e.behind()) {
                    actual.add(new long[] {e.id(), e.priceUnits(), e.remaining()});
                    sum += e.remaining();
                    entries++;
                }
                assertThat(level.totalCount()).isEqualTo(sum);
            }
            assertThat(book.book().ladder(side).entries()).isEqualTo(entries);
            List<long[]> expected = new ArrayList<>();
            for (Model.Order o : model.queue(side)) {
                expected.add(new long[] {o.id, o.price, o.remaining});
            }
            assertThat(actual).as("seed %d command %d %s", seed, c, side).containsExactlyElementsOf(expected);
        }
    }

    /** The obvious implementation: a list, sorted on every read. */
    private static final class Model {
        static final class Order {
            long id;
            OutcomeSide side;
            long price;
            long remaining;
            int owner;
            long seq;
        }

        final List<Order> orders = new ArrayList<>();
        long seq;

        List<Order> queue(OutcomeSide side) {
            List<Order> q = new ArrayList<>();
            for (Order o : orders) {
                if (o.side == side) {
                    q.add(o);
                }
            }
            q.sort(Comparator.comparingLong((Order o) -> -o.price).thenComparingLong(o -> o.seq));
            return q;
        }

        List<long[]> place(long id, OutcomeSide side, long price, long count, int owner, boolean ioc) {
            List<long[]> fills = new ArrayList<>();
            long left = count;
            while (left > 0) {
                List<Order> q = queue(side.opposite());
                if (q.isEmpty() || q.get(0).price + price < 10_000 || q.get(0).owner == owner) {
                    break;
                }
                Order maker = q.get(0);
                long n = Math.min(left, maker.remaining);
                left -= n;
                maker.remaining -= n;
                fills.add(new long[] {maker.id, maker.price, n});
                if (maker.remaining == 0) {
                    orders.remove(maker);
                }
            }
            if (left > 0 && !ioc) {
                Order o = new Order();
                o.id = id;
                o.side = side;
                o.price = price;
                o.remaining = left;
                o.owner = owner;
                o.seq = seq++;
                orders.add(o);
            }
            return fills;
        }

        Order find(long id) {
            return orders.stream().filter(o -> o.id == id).findFirst().orElseThrow();
        }

        void cancel(long id) {
            orders.remove(find(id));
        }

        List<long[]> move(long id, long price) {
            Order o = find(id);
            orders.remove(o);
            return place(id, o.side, price, o.remaining, o.owner, false);
        }

        void reduce(long id, long by) {
            Order o = find(id);
            if (by >= o.remaining) {
                orders.remove(o);
            } else {
                o.remaining -= by;
            }
        }
    }
}
