package dev.kalshisim.strategies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuotePricerTest {

    private final QuotePricer pricer = new QuotePricer(Price.ofCents(4), Price.ofCents(1));

    private Optional<QuotePricer.Quote> price(long bidCents, long askCents, long position) {
        return pricer.price(Price.ofCents(bidCents), Price.ofCents(askCents), Count.ofContracts(position));
    }

    private static QuotePricer.Quote quote(long bidCents, long askCents) {
        return new QuotePricer.Quote(Price.ofCents(bidCents), Price.ofCents(askCents));
    }

    @Test
    void quotesHalfTheSpreadEachSideOfAWholeCentMid() {
        assertThat(price(45, 47, 0)).contains(quote(44, 48));
    }

    @Test
    void aHalfCentMidRoundsOutwardNeverInward() {
        // Mid 0.455: 0.435 rounds down to 0.43, 0.475 up to 0.48.
        assertThat(price(45, 46, 0)).contains(quote(43, 48));
    }

    @Test
    void subCentMarketPricesStillGiveWholeCentQuotes() {
        Optional<QuotePricer.Quote> quote = pricer.price(Price.ofUnits(4512), Price.ofUnits(4690), Count.ZERO);

        assertThat(quote).hasValueSatisfying(q -> {
            assertThat(q.bid().isWholeCent()).isTrue();
            assertThat(q.ask().isWholeCent()).isTrue();
        });
        // Twice the mid is 0.9202: 0.4401 rounds down to 0.44, 0.4801 up to 0.49.
        assertThat(quote).contains(quote(44, 49));
    }

    @Test
    void aLongPositionMovesBothQuotesDownAShortOneUp() {
        assertThat(price(45, 47, 2)).contains(quote(42, 46));
        // Short 3: centre 0.49, so the bid would be 0.47, but it stays passive under the 0.47 ask.
        assertThat(price(45, 47, -3)).contains(quote(46, 51));
    }

    @Test
    void aFractionalPositionSkewsInProportion() {
        // Half a contract at 1 cent per contract: half a cent, which rounding absorbs outward.
        assertThat(pricer.price(Price.ofCents(45), Price.ofCents(47), Count.ofHundredths(50)))
                .contains(quote(43, 48));
    }

    @Test
    void quotesNeverCrossTheMarket() {
        // Heavily short: the centre moves far above the market; the bid stops a cent under its ask.
        assertThat(price(45, 47, -10)).contains(quote(46, 58));
    }

    @Test
    void quotesStayStrictlyInsideOneAndNinetyNineCents() {
        assertThat(price(2, 5, 0)).contains(quote(2, 6));
        assertThat(price(95, 98, 0)).contains(quote(94, 98));
        assertThat(price(1, 3, 0)).contains(quote(2, 4));
    }

    @Test
    void noQuoteWhenThereIsNoRoomInsideTheBounds() {
        // The market's ask is at 0.02: a passive bid would have to be 0.01, which is out of bounds.
        assertThat(price(1, 2, 0)).isEmpty();
        assertThat(price(98, 99, 0)).isEmpty();
    }
}
