package dev.kalshisim.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.kalshi.client.KalshiClient;
import dev.kalshisim.kalshi.client.OrdersQuery;
import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.OrderStatus;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.wire.CreateOrderV2Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The README's example of a bot's regression test, compiled and run so the example stays true. */
@KalshiSimulatorTest
@Timeout(60)
class BotRegressionExampleIT {

    @Test
    void quoterRestsOneBidAndOneAskEvenWhenOneRequestInFiveFails(KalshiSim sim) {
        sim.createMarket("KXHIGHNY-26JAN01-T50");
        SimAccount bot = sim.createAccount(Money.ofDollars(500), Tier.BASIC);
        sim.faults().errors(503, 200_000).seed(43);             // 1 request in 5 fails; seed 43 hits a create
        new Quoter(bot.client()).quote("KXHIGHNY-26JAN01-T50"); // the bot under test
        sim.faults().clear();
        assertThat(bot.client().portfolio().orders(OrdersQuery.all().status(OrderStatus.RESTING))).hasSize(2);
        assertThat(sim.journal(bot.apiKeyId())).noneMatch(request -> request.status() == 429);
    }

    /** Stands in for the bot: quotes ten contracts on each side of 50c. */
    private record Quoter(KalshiClient client) {
        static final Count TEN = Count.ofContracts(10);

        void quote(String ticker) {
            client.orders().create(CreateOrderV2Request.gtc(ticker, BookSide.BID, TEN, Price.ofCents(45)));
            client.orders().create(CreateOrderV2Request.gtc(ticker, BookSide.ASK, TEN, Price.ofCents(55)));
        }
    }
}
