package dev.kalshisim.sim.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.core.model.Event;
import dev.kalshisim.core.model.FeeType;
import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.MarketStatus;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.Series;
import dev.kalshisim.sim.engine.query.MarketQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DemoCatalogTest {

    private final DemoFixture fixture = new DemoFixture(1L);

    @AfterEach
    void engineStaysSound() {
        fixture.demo.stop();
        assertThat(fixture.exchange.checkInvariants()).isEmpty();
    }

    @Test
    void installCreatesKalshiStyleTickersDatedFromTheClock() {
        assertThat(fixture.demo.tickers()).containsExactly(
                "KXFEDDECISION-26OCT-C26", "KXFEDDECISION-26OCT-C25", "KXFEDDECISION-26OCT-H0",
                "KXFEDDECISION-26OCT-H25", "KXFEDDECISION-26OCT-H26",
                "KXFED-26OCT-T4.00", "KXFED-26OCT-T4.25",
                "KXHIGHNY-26SEP03-T80", "KXHIGHNY-26SEP03-B80.5", "KXHIGHNY-26SEP03-B82.5", "KXHIGHNY-26SEP03-T83",
                "KXCPI-26SEP-T0.2", "KXCPI-26SEP-T0.3",
                "KXNBAGAME-26SEP04BOSLAL-BOS", "KXNBAGAME-26SEP04BOSLAL-LAL",
                "KXBTCD-26SEP0317-T119999.99");
        assertThat(fixture.exchange.markets(MarketQuery.all())).extracting(Market::ticker)
                .containsExactlyElementsOf(fixture.demo.tickers());
    }

    @Test
    void everyMarketIsOpenNowAndClosesDaysLater() {
        Instant now = Instant.ofEpochMilli(DemoFixture.START_MILLIS);
        for (Market market : fixture.exchange.markets(MarketQuery.all())) {
            assertThat(market.status()).as(market.ticker()).isEqualTo(MarketStatus.ACTIVE);
            assertThat(market.openTime()).isEqualTo(now);
            assertThat(Duration.between(now, market.closeTime())).isGreaterThanOrEqualTo(Duration.ofDays(2));
        }
        Market fed = fixture.exchange.market("KXFEDDECISION-26OCT-H0").orElseThrow();
        assertThat(fed.closeTime()).isEqualTo(now.plus(Duration.ofDays(30)));
        assertThat(fed.title()).isEqualTo("Will the Fed hold rates in October 2026?");
    }

    @Test
    void exclusiveEventsHaveFairValuesSummingToOneDollar() {
        List<DemoEvent> exclusive = fixture.demo.events().stream().filter(DemoEvent::mutuallyExclusive).toList();
        assertThat(exclusive).extracting(DemoEvent::eventTicker)
                .containsExactly("KXFEDDECISION-26OCT", "KXHIGHNY-26SEP03", "KXNBAGAME-26SEP04BOSLAL");
        for (DemoEvent event : exclusive) {
            long total = event.markets().stream().mapToLong(m -> m.initialFairValue().units()).sum();
            assertThat(total).as(event.eventTicker()).isEqualTo(Price.SCALE);
            Event created = fixture.exchange.event(event.eventTicker(), false).orElseThrow();
            assertThat(created.mutuallyExclusive()).isTrue();
        }
        assertThat(fixture.demo.events().get(0).markets()).hasSize(5);
    }

    @Test
    void catalogHasAMakerFeeSeriesAndSubCentGrids() {
        Series nba = fixture.exchange.series("KXNBAGAME").orElseThrow();
        assertThat(nba.feeType()).isEqualTo(FeeType.QUADRATIC_WITH_MAKER_FEES);
        assertThat(fixture.exchange.market("KXBTCD-26SEP0317-T119999.99").orElseThrow().priceLevelStructure())
                .isEqualTo("deci_cent");
        assertThat(fixture.exchange.market("KXFEDDECISION-26OCT-H26").orElseThrow().priceLevelStructure())
                .isEqualTo("tapered_deci_cent");
    }

    @Test
    void installingTwiceOnOneExchangeFailsFast() {
        assertThatThrownBy(() -> DemoCatalog.install(fixture.exchange, fixture.clock, 2L))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KXFEDDECISION");
    }
}
