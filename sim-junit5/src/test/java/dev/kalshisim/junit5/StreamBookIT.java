package dev.kalshisim.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.kalshi.client.KalshiClient;
import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Orderbook;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.SelfTradePrevention;
import dev.kalshisim.core.model.TimeInForce;
import dev.kalshisim.kalshi.stream.book.BookSnapshot;
import dev.kalshisim.kalshi.stream.book.BookState;
import dev.kalshisim.core.wire.stream.Channel;
import dev.kalshisim.core.wire.CreateOrderV2Request;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A local order book rebuilt from the simulator's WebSocket feed by the stream package must equal
 * the exchange's own book from {@code GET /markets/{ticker}/orderbook}: after a concurrent burst
 * of orders, and after the feed lost a message.
 */
@KalshiSimulatorTest
@Timeout(60)
class StreamBookIT {

    @Test
    void bookRebuiltFromTheStreamEqualsRestAfterABurstOfOrders(KalshiSim sim) throws Exception {
        String ticker = "KXBOOK-26JAN01-T50";
        sim.createMarket(ticker);
        SimAccount watcher = sim.createAccount();
        List<KalshiClient> makers = List.of(trader(sim), trader(sim), trader(sim));
        KalshiClient taker = trader(sim);

        try (StreamedBook book = StreamedBook.open(watcher, ticker)) {
            List<CompletableFuture<?>> burst = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                KalshiClient maker = makers.get(i % makers.size());
                // Makers bid below 50c and offer above it, so they never cross one another; the taker
                // crosses with immediate-or-cancel orders, which trade and never rest.
                burst.add(maker.orders().createAsync(gtc(ticker, BookSide.BID, 1 + i % 5, 30 + i % 20)));
                burst.add(maker.orders().createAsync(gtc(ticker, BookSide.ASK, 1 + i % 4, 51 + i % 20)));
                if (i % 6 == 5) {
                    burst.add(taker.orders().createAsync(ioc(ticker, i % 12 == 5 ? BookSide.ASK : BookSide.BID, 3,
                            i % 12 == 5 ? 40 : 60)));
                }
            }
            CompletableFuture.allOf(burst.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
            Orderbook rest = watcher.client().markets().orderbook(ticker, 0);

            BookSnapshot streamed = book.awaitEquals(rest);

            assertThat(rest.yesDollars()).hasSizeGreaterThan(5);
            assertThat(rest.noDollars()).hasSizeGreaterThan(5);
            assertThat(streamed.isCrossed()).isFalse();
            assertThat(book.history()).noneMatch(version -> version.state() == BookState.INVALID);
        }
    }

    @Test
    void droppedDeltaIsDetectedAndTheBookRepairedFromAFreshSnapshot(KalshiSim sim) throws Exception {
        String ticker = "KXGAP-26JAN01-T50";
        sim.createMarket(ticker);
        SimAccount watcher = sim.createAccount();
        KalshiClient maker = trader(sim);
        maker.orders().create(gtc(ticker, BookSide.BID, 5, 40));

        try (StreamedBook book = StreamedBook.open(watcher, ticker)) {
            maker.orders().create(gtc(ticker, BookSide.ASK, 5, 60));
            BookSnapshot beforeGap = book.awaitEquals(watcher.client().markets().orderbook(ticker, 0));

            sim.faults().dropWebSocketMessages(Channel.ORDERBOOK_DELTA, 1);
            maker.orders().create(gtc(ticker, BookSide.BID, 7, 41)); // its delta is lost
            maker.orders().create(gtc(ticker, BookSide.BID, 2, 42)); // its delta shows the gap
            Orderbook rest = watcher.client().markets().orderbook(ticker, 0);

            BookSnapshot invalidated = book.await(version -> version.state() == BookState.INVALID, "invalid");
            BookSnapshot repaired = book.awaitEquals(rest);

            assertThat(sim.server().feed().faults().pendingDrops()).isEmpty();
            assertThat(invalidated.invalidReason()).contains("gap");
            assertThat(invalidated.version()).isGreaterThan(beforeGap.version());
            assertThat(repaired.version()).isGreaterThan(invalidated.version());
            assertThat(book.history()).filteredOn(version -> version.version() > beforeGap.version()
                            && version.version() < invalidated.version())
                    .as("no version between the lost delta and the gap may show the order it carried")
                    .noneMatch(version -> version.yesBids().stream()
                            .anyMatch(level -> level.price().equals(Price.ofCents(41))));
            assertThat(rest.yesDollars()).anyMatch(level -> level.price().equals(Price.ofCents(41)));
        }
    }

    private static KalshiClient trader(KalshiSim sim) {
        // Premier's 2,000-token write bucket takes the whole burst at once, so it reaches the book concurrently.
        return sim.createAccount(KalshiSim.DEFAULT_BALANCE, Tier.PREMIER).client();
    }

    private static CreateOrderV2Request gtc(String ticker, BookSide side, long contracts, long cents) {
        return CreateOrderV2Request.gtc(ticker, side, Count.ofContracts(contracts), Price.ofCents(cents));
    }

    private static CreateOrderV2Request ioc(String ticker, BookSide side, long contracts, long cents) {
        return new CreateOrderV2Request(ticker, null, side, Count.ofContracts(contracts), Price.ofCents(cents), null,
                TimeInForce.IMMEDIATE_OR_CANCEL, null, SelfTradePrevention.TAKER_AT_CROSS, null, null, null, null,
                null);
    }
}
