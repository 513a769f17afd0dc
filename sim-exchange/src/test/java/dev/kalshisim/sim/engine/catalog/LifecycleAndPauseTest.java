package dev.kalshisim.sim.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.MarketStatus;
import dev.kalshisim.core.model.OrderStatus;
import dev.kalshisim.core.model.TimeInForce;
import dev.kalshisim.sim.engine.EngineTestBase;
import dev.kalshisim.sim.engine.event.ExchangeEvent;
import dev.kalshisim.sim.engine.order.AmendCommand;
import dev.kalshisim.sim.engine.order.DecreaseCommand;
import dev.kalshisim.sim.engine.order.OrderResult;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import dev.kalshisim.sim.engine.result.CancelReason;
import dev.kalshisim.sim.engine.result.RejectReason;
import dev.kalshisim.sim.engine.time.Times;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Clock-driven lifecycle, control-plane status changes, pauses, expiry and tick grids. */
class LifecycleAndPauseTest extends EngineTestBase {

    @Test
    void offTickAndBoundaryPricesAreRejected() {
        assertThat(bid(ALICE, "0.555", "1").reject()).isEqualTo(RejectReason.INVALID_PRICE);
        assertThat(bid(ALICE, "0.00", "1").reject()).isEqualTo(RejectReason.INVALID_PRICE);
        assertThat(bid(ALICE, "1.00", "1").reject()).isEqualTo(RejectReason.INVALID_PRICE);
        assertThat(RejectReason.INVALID_PRICE.wireCode()).isEqualTo("invalid_price");

        exchange.createMarket(market("DECI", "EV").withTickGrid(TickGrid.named("tapered_deci_cent"))).orElseThrow();
        assertThat(exchange.placeOrder(PlaceOrder.bid(ALICE, "DECI", p("0.055"), c("1"))).isAccepted()).isTrue();
        assertThat(exchange.placeOrder(PlaceOrder.bid(ALICE, "DECI", p("0.555"), c("1"))).reject())
                .isEqualTo(RejectReason.INVALID_PRICE);
        assertThat(exchange.market("DECI").orElseThrow().priceLevelStructure()).isEqualTo("tapered_deci_cent");
    }

    @Test
    void goodTillTimeOrderExpiresOnTheClock() {
        OrderResult order = place(PlaceOrder.bid(ALICE, MKT, p("0.40"), c("10"))
                .withExpirationTime(START.plusSeconds(10)));
        assertThat(balance(ALICE).reserved()).isEqualTo(usd("4.168"));

        clock.advanceByMillis(9_999);
        assertThat(exchange.order(ALICE, order.orderId()).orElseThrow().status()).isEqualTo(OrderStatus.RESTING);
        events.clear();
        clock.advanceByMillis(1);

        assertThat(eventsOf(ExchangeEvent.OrderUpdated.class)).singleElement()
                .satisfies(e -> assertThat(e.cancelReason()).isEqualTo(CancelReason.EXPIRED));
        assertThat(exchange.order(ALICE, order.orderId()).orElseThrow().status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(book()).isEqualTo("yes | no");
        assertThat(balance(ALICE).reserved()).isEqualTo(usd("0"));
    }

    @Test
    void expirationMustBeFutureAndOnlyWithGoodTillCanceled() {
        assertThat(place(PlaceOrder.bid(ALICE, MKT, p("0.40"), c("1")).withExpirationTime(START)).reject())
                .isEqualTo(RejectReason.INVALID_EXPIRATION);
        assertThat(place(PlaceOrder.bid(ALICE, MKT, p("0.40"), c("1")).withExpirationTime(START.plusSeconds(5))
                .withTimeInForce(TimeInForce.IMMEDIATE_OR_CANCEL)).reject()).isEqualTo(RejectReason.INVALID_EXPIRATION);
    }

    @Test
    void marketOpensAndClosesByTheClock() {
        Instant open = START.plus(Duration.ofMinutes(10));
        exchange.createMarket(MarketSpec.of("LATER", "EV", open, open.plus(Duration.ofMinutes(10)))).orElseThrow();
        assertThat(exchange.market("LATER").orElseThrow().status()).isEqualTo(MarketStatus.INITIALIZED);
        assertThat(exchange.placeOrder(PlaceOrder.bid(ALICE, "LATER", p("0.40"), c("1"))).reject())
                .isEqualTo(RejectReason.MARKET_INACTIVE);

        clock.advanceTo(Times.nanos(open));
        assertThat(exchange.market("LATER").orElseThrow().status()).isEqualTo(MarketStatus.ACTIVE);
        OrderResult resting = exchange.placeOrder(PlaceOrder.bid(ALICE, "LATER", p("0.40"), c("1")));
        assertThat(resting.isAccepted()).isTrue();

        clock.advanceBy(Duration.ofMinutes(10).toNanos());
        assertThat(exchange.market("LATER").orElseThrow().status()).isEqualTo(MarketStatus.CLOSED);
        assertThat(exchange.order(ALICE, resting.orderId()).orElseThrow().status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(exchange.placeOrder(PlaceOrder.bid(ALICE, "LATER", p("0.40"), c("1"))).reject())
                .isEqualTo(RejectReason.MARKET_INACTIVE);
        assertThat(exchange.cancelOrder(ALICE, resting.orderId()).reject()).isEqualTo(RejectReason.MARKET_INACTIVE);
        assertThat(eventsOf(ExchangeEvent.MarketLifecycleChanged.class))
                .filteredOn(e -> e.ticker().equals("LATER"))
                .extracting(ExchangeEvent.MarketLifecycleChanged::type)
                .containsExactly(ExchangeEvent.Lifecycle.CREATED, ExchangeEvent.Lifecycle.ACTIVATED,
                        ExchangeEvent.Lifecycle.CLOSED);
    }

    @Test
    void movingCloseTimeLaterReopensAClosedMarket() {
        exchange.setMarketStatus(MKT, MarketStatus.CLOSED).orElseThrow();
        assertThat(bid(ALICE, "0.40", "1").reject()).isEqualTo(RejectReason.MARKET_INACTIVE);

        var reopened = exchange.setCloseTime(MKT, START.plus(Duration.ofHours(2))).orElseThrow();

        assertThat(reopened.status()).isEqualTo(MarketStatus.ACTIVE);
        assertThat(bid(ALICE, "0.40", "1").isAccepted()).isTrue();
    }

    @Test
    void pausedMarketRefusesOrdersAndReactivationCancelsRestingOnes() {
        OrderResult resting = bid(ALICE, "0.40", "1");
        exchange.setMarketStatus(MKT, MarketStatus.INACTIVE).orElseThrow();

        assertThat(bid(BOB, "0.40", "1").reject()).isEqualTo(RejectReason.MARKET_INACTIVE);
        assertThat(exchange.order(ALICE, resting.orderId()).orElseThrow().status()).isEqualTo(OrderStatus.RESTING);

        exchange.setMarketStatus(MKT, MarketStatus.ACTIVE).orElseThrow();

        assertThat(exchange.order(ALICE, resting.orderId()).orElseThrow().status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(bid(BOB, "0.40", "1").isAccepted()).isTrue();
        assertThat(exchange.setMarketStatus(MKT, MarketStatus.FINALIZED).reject())
                .isEqualTo(RejectReason.INVALID_STATUS_TRANSITION);
    }

    @Test
    void tradingPauseBlocksPlacingAndAmendingButAllowsCancels() {
        String a = bid(ALICE, "0.40", "2").orderId();
        String b = bid(ALICE, "0.41", "2").orderId();
        exchange.setTradingActive(false);

        assertThat(exchange.exchangeStatus().tradingActive()).isFalse();
        assertThat(exchange.exchangeStatus().exchangeActive()).isTrue();
        assertThat(bid(BOB, "0.40", "1").reject()).isEqualTo(RejectReason.EXCHANGE_PAUSED);
        assertThat(exchange.amendOrder(AmendCommand.of(ALICE, a, p("0.42"), c("2"))).reject())
                .isEqualTo(RejectReason.EXCHANGE_PAUSED);
        assertThat(exchange.decreaseOrder(DecreaseCommand.by(ALICE, b, c("1"))).isAccepted()).isTrue();
        assertThat(exchange.cancelOrder(ALICE, a).isAccepted()).isTrue();

        exchange.setTradingActive(true);
        assertThat(bid(BOB, "0.40", "1").isAccepted()).isTrue();
    }

    @Test
    void exchangePauseBlocksCancelsToo() {
        String a = bid(ALICE, "0.40", "2").orderId();
        exchange.setExchangeActive(false);

        assertThat(exchange.exchangeStatus().exchangeActive()).isFalse();
        assertThat(exchange.exchangeStatus().tradingActive()).isFalse();
        assertThat(exchange.cancelOrder(ALICE, a).reject()).isEqualTo(RejectReason.EXCHANGE_PAUSED);
        assertThat(bid(ALICE, "0.40", "1").reject()).isEqualTo(RejectReason.EXCHANGE_PAUSED);

        exchange.setExchangeActive(true);
        assertThat(exchange.cancelOrder(ALICE, a).isAccepted()).isTrue();
    }

    @Test
    void cancelOnPauseOrdersAreCanceledWhenAPauseBegins() {
        String keep = bid(ALICE, "0.40", "1").orderId();
        String drop = place(PlaceOrder.bid(ALICE, MKT, p("0.41"), c("1")).withCancelOnPause(true)).orderId();

        exchange.setTradingActive(false);

        assertThat(exchange.order(ALICE, keep).orElseThrow().status()).isEqualTo(OrderStatus.RESTING);
        assertThat(exchange.order(ALICE, drop).orElseThrow().status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(eventsOf(ExchangeEvent.ExchangeStatusChanged.class)).hasSize(1);
    }
}
