package dev.kalshisim.bench;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.sim.engine.Exchange;
import dev.kalshisim.sim.engine.order.OrderResult;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import java.util.List;

/**
 * A Kalshi {@link Order} and {@link Market} as the simulator would serve them, made by trading in a
 * real engine rather than written by hand, so every field the server fills in is filled in.
 */
final class WireSamples {

    final Order order;
    final Market market;

    private WireSamples(Order order, Market market) {
        this.order = order;
        this.market = market;
    }

    /**
     * A taker's bid that partly filled and rests (fills, fees, a client order id, remaining count),
     * and its market afterwards (bid, ask, last price, volume, open interest).
     */
    static WireSamples make() {
        EngineFixture fixture = EngineFixture.withMembers(List.of("maker", "taker"));
        Exchange exchange = fixture.exchange;
        String ticker = EngineFixture.TICKER;
        accepted(exchange.placeOrder(PlaceOrder.ask("maker", ticker, Price.ofCents(56), Count.ofContracts(10))));
        accepted(exchange.placeOrder(PlaceOrder.ask("maker", ticker, Price.ofCents(61), Count.ofContracts(25))));
        OrderResult taker = accepted(exchange.placeOrder(
                PlaceOrder.bid("taker", ticker, Price.ofCents(57), Count.parse("15.50"))
                        .withClientOrderId("c2b7e4f0-5a1d-4d8e-9b3a-0f6c1e2d3a4b")));
        Market market = exchange.market(ticker).orElseThrow();
        return new WireSamples(taker.order(), market);
    }

    private static OrderResult accepted(OrderResult result) {
        if (!result.isAccepted()) {
            throw new IllegalStateException("sample order refused: " + result.reject() + " " + result.message());
        }
        return result;
    }
}
