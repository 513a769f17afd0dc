package dev.kalshisim.data.replay;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.data.event.BookDelta;
import dev.kalshisim.data.event.BookSnapshot;
import dev.kalshisim.data.event.Level;
import dev.kalshisim.data.event.MarketEvent;
import dev.kalshisim.data.event.MarketStatusChange;
import dev.kalshisim.data.event.TickerQuote;
import dev.kalshisim.data.event.TradePrint;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Events of every kind, with every optional field both present and absent. */
final class ReplayFixtures {

    static final String A = "KXFED-26DEC-T4.25";
    static final String B = "KXHIGHNY-26DEC07-B45.5";

    private ReplayFixtures() {
    }

    static List<MarketEvent> everyKind() {
        long t = 1_765_000_000_000_000_000L;
        return List.of(
                new BookSnapshot(t, 0, A, 0, 0, List.of(level(4500, 1000), level(4400, 250)), List.of(level(5300, 75))),
                new BookSnapshot(t + 1, t - 5, B, 1, 1, List.of(), List.of()),
                new BookDelta(t + 2, t - 3, A, 1, 2, OutcomeSide.YES, Price.ofUnits(4500), Count.ofHundredths(-550)),
                new BookDelta(t + 2, t - 3, A, 1, 3, OutcomeSide.NO, Price.ofUnits(5250), Count.ofHundredths(12_345)),
                new TradePrint(t + 3, t - 1, A, "2f9c0c3e-5d0b-4c39-9d1f-6a8f2b1d7e44", Price.ofUnits(4600),
                        Count.ofContracts(3), OutcomeSide.NO),
                new TradePrint(t + 3, 0, B, null, Price.ofUnits(1), Count.ofHundredths(1), null),
                new TickerQuote(t + 4, t, A, Price.ofUnits(4500), Price.ofUnits(4700), Price.ofUnits(4600),
                        Count.ofContracts(9_000_000_000L), Count.ofContracts(1200)),
                new TickerQuote(t + 5, 0, B, null, Price.ONE, null, null, Count.ZERO),
                new MarketStatusChange(t + 6, t + 6, A, "deactivated", null),
                new MarketStatusChange(t + 7, t + 7, A, "determined", "yes"),
                new MarketStatusChange(t + 8, 0, B, "determined", "no"),
                new BookSnapshot(t + 9, t + 9, B, 7, 40, List.of(level(1, 1)), List.of(level(9999, 99_999_999L))));
    }

    /** A seeded stream of book traffic over {@code markets} markets, in receive order. */
    static List<MarketEvent> random(long seed, int count, int markets) {
        Random random = new Random(seed);
        List<MarketEvent> events = new ArrayList<>();
        long t = 1_765_000_000_000_000_000L;
        for (int i = 0; i < count; i++) {
            t += random.nextInt(1_000_000);
            String ticker = "KXM-" + random.nextInt(markets);
            int roll = random.nextInt(100);
            Price price = Price.ofUnits(1 + random.nextInt(9_999));
            OutcomeSide side = random.nextBoolean() ? OutcomeSide.YES : OutcomeSide.NO;
            if (roll < 80) {
                events.add(new BookDelta(t, t - 1000, ticker, 1, i, side, price,
                        Count.ofHundredths(random.nextInt(20_000) - 10_000)));
            } else if (roll < 90) {
                events.add(new TradePrint(t, t - 2000, ticker, "t-" + i, price, Count.ofContracts(1 + random.nextInt(50)),
                        side));
            } else if (roll < 97) {
                events.add(new TickerQuote(t, t, ticker, price, price, price, Count.ofContracts(i), Count.ofContracts(7)));
            } else {
                events.add(new BookSnapshot(t, t, ticker, 1, i, List.of(level(price.units(), 100)),
                        List.of(level(10_000 - price.units(), 200), level(1, 300))));
            }
        }
        return events;
    }

    static Level level(long units, long hundredths) {
        return new Level(Price.ofUnits(units), Count.ofHundredths(hundredths));
    }
}
