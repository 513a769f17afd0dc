package dev.kalshisim.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.kalshi.client.FillsQuery;
import dev.kalshisim.kalshi.client.KalshiClient;
import dev.kalshisim.kalshi.client.OrdersQuery;
import dev.kalshisim.kalshi.client.PositionsQuery;
import dev.kalshisim.kalshi.client.SettlementsQuery;
import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Fill;
import dev.kalshisim.core.model.MarketPosition;
import dev.kalshisim.core.model.MarketResult;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.model.OrderStatus;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.Settlement;
import dev.kalshisim.core.wire.AmendOrderV2Request;
import dev.kalshisim.core.wire.CreateOrderV2Request;
import dev.kalshisim.core.wire.CreateOrderV2Response;
import dev.kalshisim.core.wire.DecreaseOrderV2Request;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One resting order from creation to settlement, through the real client against the real
 * simulator: queue position, amend, decrease, a partial fill by another member, fills, positions
 * and balances with Kalshi's fees, cancel, settlement.
 *
 * <p>Named {@code ...Test}, not {@code ...IT}: the module has no failsafe run, and these tests are
 * the reason the module exists.
 */
@KalshiSimulatorTest
@Timeout(60)
class OrderLifecycleIT {

    private static final String TICKER = "KXLIFE-26JAN01-T50";

    @Test
    void restingOrderLivesThroughAmendDecreasePartialFillCancelAndSettlement(KalshiSim sim) {
        sim.createMarket(TICKER);
        KalshiClient front = sim.createAccount().client();
        KalshiClient maker = sim.createAccount().client();
        KalshiClient taker = sim.createAccount().client();

        // Queue position: 5 contracts of another member rest at 0.40 ahead of ours.
        front.orders().create(bid(5, 40));
        CreateOrderV2Response placed = maker.orders().create(bid(10, 40));
        String orderId = placed.orderId();
        assertThat(placed.fillCount()).isEqualTo(Count.ZERO);
        assertThat(placed.remainingCount()).isEqualTo(Count.ofContracts(10));
        assertThat(placed.clientOrderId()).isEqualTo("sim-1");
        assertThat(maker.portfolio().queuePosition(orderId)).isEqualTo(Count.ofContracts(5));

        // A better price and a larger size: the order moves to the front of a new level.
        maker.orders().amend(orderId, new AmendOrderV2Request(TICKER, BookSide.BID, Price.ofCents(45),
                Count.ofContracts(12), null, null, null, null));
        assertThat(maker.portfolio().order(orderId).yesPriceDollars()).isEqualTo(Price.ofCents(45));
        assertThat(maker.portfolio().queuePosition(orderId)).isEqualTo(Count.ZERO);

        maker.orders().decrease(orderId, new DecreaseOrderV2Request(Count.ofContracts(2), null, null, TICKER));
        assertThat(maker.portfolio().order(orderId).remainingCountFp()).isEqualTo(Count.ofContracts(10));

        // The taker sells 4 YES at 0.45: a partial fill of our 10.
        CreateOrderV2Response sold = taker.orders().create(ask(4, 45));
        assertThat(sold.fillCount()).isEqualTo(Count.ofContracts(4));
        Order partlyFilled = maker.portfolio().order(orderId);
        assertThat(partlyFilled.status()).isEqualTo(OrderStatus.RESTING);
        assertThat(partlyFilled.fillCountFp()).isEqualTo(Count.ofContracts(4));
        assertThat(partlyFilled.remainingCountFp()).isEqualTo(Count.ofContracts(6));

        // Quadratic fee: ceil_to_$0.0001(0.07 x 4 x 0.45 x 0.55) = $0.0693 for the taker; makers pay none here.
        // Kalshi floors the taker's balance change -2.2693 to whole cents, so fee_cost is 0.0693 plus 0.0007 rounding.
        Money takerFee = Money.ofCents(7);
        Fill makerFill = single(maker.portfolio().fills(FillsQuery.all().ticker(TICKER)).stream().toList());
        assertThat(makerFill.isTaker()).isFalse();
        assertThat(makerFill.countFp()).isEqualTo(Count.ofContracts(4));
        assertThat(makerFill.yesPriceDollars()).isEqualTo(Price.ofCents(45));
        assertThat(makerFill.feeCost()).isEqualTo(Money.ZERO);
        Fill takerFill = single(taker.portfolio().fills(FillsQuery.all().ticker(TICKER)).stream().toList());
        assertThat(takerFill.isTaker()).isTrue();
        assertThat(takerFill.feeCost()).isEqualTo(takerFee);

        MarketPosition makerPosition = position(maker);
        assertThat(makerPosition.positionFp()).isEqualTo(Count.ofContracts(4));
        assertThat(makerPosition.marketExposureDollars()).isEqualTo(Money.ofCents(180));
        MarketPosition takerPosition = position(taker);
        assertThat(takerPosition.positionFp()).isEqualTo(Count.ofContracts(-4));
        assertThat(takerPosition.marketExposureDollars()).isEqualTo(Money.ofCents(220));
        assertThat(takerPosition.feesPaidDollars()).isEqualTo(takerFee);

        // Cancel: the 6 left are released, and the cash held for them comes back.
        Money whileResting = balance(maker);
        assertThat(maker.orders().cancel(orderId).reducedBy()).isEqualTo(Count.ofContracts(6));
        assertThat(maker.portfolio().order(orderId).status()).isEqualTo(OrderStatus.CANCELED);
        Money afterCancel = balance(maker);
        assertThat(afterCancel).isEqualTo(KalshiSim.DEFAULT_BALANCE.minus(Money.ofCents(180)));
        assertThat(afterCancel.minus(whileResting)).isGreaterThanOrEqualTo(Money.ofCents(6 * 45));
        assertThat(balance(taker)).isEqualTo(KalshiSim.DEFAULT_BALANCE.minus(Money.ofCents(220)).minus(takerFee));

        // YES wins: the maker's 4 YES pay $4, the taker's 4 NO pay nothing.
        sim.settle(TICKER, MarketResult.YES);
        Settlement makerSettlement = settlement(maker);
        assertThat(makerSettlement.marketResult()).isEqualTo(MarketResult.YES);
        assertThat(makerSettlement.yesCountFp()).isEqualTo(Count.ofContracts(4));
        assertThat(makerSettlement.yesTotalCostDollars()).isEqualTo(Money.ofCents(180));
        assertThat(makerSettlement.revenueCents()).isEqualTo(400);
        Settlement takerSettlement = settlement(taker);
        assertThat(takerSettlement.noCountFp()).isEqualTo(Count.ofContracts(4));
        assertThat(takerSettlement.revenueCents()).isZero();
        assertThat(balance(maker)).isEqualTo(KalshiSim.DEFAULT_BALANCE.plus(Money.ofCents(400 - 180)));
        assertThat(balance(taker)).isEqualTo(KalshiSim.DEFAULT_BALANCE.minus(Money.ofCents(220)).minus(takerFee));
        assertThat(front.portfolio().orders(OrdersQuery.all().ticker(TICKER)).stream())
                .allMatch(order -> order.status() == OrderStatus.CANCELED);
    }

    private static CreateOrderV2Request bid(long contracts, long cents) {
        return CreateOrderV2Request.gtc(TICKER, BookSide.BID, Count.ofContracts(contracts), Price.ofCents(cents));
    }

    private static CreateOrderV2Request ask(long contracts, long cents) {
        return CreateOrderV2Request.gtc(TICKER, BookSide.ASK, Count.ofContracts(contracts), Price.ofCents(cents));
    }

    private static Money balance(KalshiClient client) {
        return client.portfolio().balance().balanceDollars();
    }

    private static MarketPosition position(KalshiClient client) {
        return single(client.portfolio().positions(PositionsQuery.all().ticker(TICKER)).stream().toList());
    }

    private static Settlement settlement(KalshiClient client) {
        return single(client.portfolio().settlements(SettlementsQuery.all().ticker(TICKER)).stream().toList());
    }

    private static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }
}
