package dev.kalshisim.sim.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.FeeType;
import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.time.VirtualClock;
import dev.kalshisim.core.wire.stream.TickerUpdate;
import dev.kalshisim.sim.engine.Exchange;
import dev.kalshisim.sim.engine.MatchingExchange;
import dev.kalshisim.sim.engine.catalog.EventSpec;
import dev.kalshisim.sim.engine.catalog.MarketSpec;
import dev.kalshisim.sim.engine.catalog.SeriesSpec;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The feed's ticker values, kept from events, agree with the engine's own market view: for a
 * market created while the feed listens, and for one that already traded before it started.
 */
class TickerConsistencyIT {

    private static final Instant START = Instant.ofEpochMilli(FeedHarness.START_MILLIS);
    private static final List<String> MEMBERS = List.of("m1", "m2", "m3");

    private final Exchange exchange = new MatchingExchange(VirtualClock.atMillis(FeedHarness.START_MILLIS));
    private final FeedHub hub = new FeedHub();
    private final SplittableRandom random = new SplittableRandom(7);

    @Test
    void tickerMatchesTheEnginesMarketWhetherTheMarketPredatesTheFeedOrNot() {
        exchange.createSeries(SeriesSpec.of("TCK", FeeType.QUADRATIC)).orElseThrow();
        exchange.createEvent(EventSpec.of("TCK-EV", "TCK")).orElseThrow();
        MEMBERS.forEach(m -> exchange.createMember(m, Money.ofDollars(100_000), null).orElseThrow());
        market("TCK-OLD");
        trade("TCK-OLD", 300);

        new EngineBinding(() -> exchange, hub).refresh();
        market("TCK-NEW");
        trade("TCK-OLD", 300);
        trade("TCK-NEW", 300);

        for (String ticker : List.of("TCK-OLD", "TCK-NEW")) {
            Market market = exchange.market(ticker).orElseThrow();
            TickerUpdate update = hub.atomically(() -> hub.tickers().current(ticker, hub.mirror().top(ticker), START));
            assertThat(market.volumeFp().hundredths()).as("trades happened").isPositive();
            assertThat(update.priceDollars()).as("last price of %s", ticker).isEqualTo(market.lastPriceDollars());
            assertThat(update.yesBidDollars()).as("yes bid of %s", ticker).isEqualTo(market.yesBidDollars());
            assertThat(update.yesBidSizeFp()).as("yes bid size of %s", ticker).isEqualTo(market.yesBidSizeFp());
            assertThat(update.yesAskDollars()).as("yes ask of %s", ticker).isEqualTo(market.yesAskDollars());
            assertThat(update.yesAskSizeFp()).as("yes ask size of %s", ticker).isEqualTo(market.yesAskSizeFp());
            assertThat(update.volumeFp()).as("volume of %s", ticker).isEqualTo(market.volumeFp());
            assertThat(update.openInterestFp()).as("open interest of %s", ticker).isEqualTo(market.openInterestFp());
        }
    }

    private void market(String ticker) {
        exchange.createMarket(MarketSpec.of(ticker, "TCK-EV", START, START.plusSeconds(86_400))).orElseThrow();
    }

    /** Random crossing and resting orders of three members, some cancelled. */
    private void trade(String ticker, int orders) {
        for (int i = 0; i < orders; i++) {
            String member = MEMBERS.get(random.nextInt(MEMBERS.size()));
            BookSide side = random.nextBoolean() ? BookSide.BID : BookSide.ASK;
            var result = exchange.placeOrder(PlaceOrder.limit(member, ticker, side, Price.ofCents(45 + random.nextInt(11)),
                    Count.ofHundredths(50L * (1 + random.nextInt(8)))));
            if (result.isAccepted() && random.nextInt(4) == 0) {
                exchange.cancelOrder(member, result.orderId());
            }
        }
    }
}
