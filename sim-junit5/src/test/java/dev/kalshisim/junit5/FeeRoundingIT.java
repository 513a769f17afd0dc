package dev.kalshisim.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.kalshi.client.FillsQuery;
import dev.kalshisim.kalshi.client.KalshiClient;
import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.wire.CreateOrderV2Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Kalshi's fee rounding as the Java client sees it: whole cents by default, four decimals for direct members. */
@KalshiSimulatorTest
@Timeout(60)
class FeeRoundingIT {

    private static final String TICKER = "KXFEE-26JAN01-T50";

    @Test
    void defaultMembersPayRoundingAndDirectMembersDoNot(KalshiSim sim) {
        sim.createMarket(TICKER);
        KalshiClient maker = sim.createAccount().client();
        KalshiClient regular = sim.createAccount().client();
        KalshiClient direct = sim.createAccount(KalshiSim.DEFAULT_BALANCE, Tier.BASIC, true).client();
        maker.orders().create(order(BookSide.BID, 20));

        regular.orders().create(order(BookSide.ASK, 10));
        direct.orders().create(order(BookSide.ASK, 10));

        // 10 NO at 0.60 plus a 0.168 trade fee; whole cents floor the change to -6.17.
        assertThat(fee(regular)).isEqualTo(Money.parse("0.17"));
        assertThat(fee(direct)).isEqualTo(Money.parse("0.168"));
        assertThat(regular.portfolio().balance().balanceDollars())
                .isEqualTo(KalshiSim.DEFAULT_BALANCE.minus(Money.parse("6.17")));
        assertThat(direct.portfolio().balance().balanceDollars())
                .isEqualTo(KalshiSim.DEFAULT_BALANCE.minus(Money.parse("6.168")));
    }

    private static CreateOrderV2Request order(BookSide side, long contracts) {
        return CreateOrderV2Request.gtc(TICKER, side, Count.ofContracts(contracts), Price.ofCents(40));
    }

    private static Money fee(KalshiClient client) {
        return client.portfolio().fills(FillsQuery.all().ticker(TICKER)).stream().findFirst().orElseThrow().feeCost();
    }
}
