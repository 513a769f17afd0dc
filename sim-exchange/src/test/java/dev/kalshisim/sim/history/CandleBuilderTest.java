package dev.kalshisim.sim.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.Candlestick;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Minute bars fold into hour candles exactly as the samples and trades themselves would. */
class CandleBuilderTest {

    /** 2026-09-01T12:00:00Z, an hour boundary. */
    private static final long HOUR = 1_788_264_000L;

    @Test
    void anHourFoldsItsMinutesWithTheQuoteInForceAndThePreviousTrade() {
        MinuteBar before = bar(HOUR - 60 * 30);
        before.quote(3_500, 4_500, 100);
        trade(before, 3_900, 100);
        MinuteBar first = bar(HOUR + 60);
        first.quote(4_000, 4_400, 200);
        first.quote(4_200, 4_300, 300);
        MinuteBar second = bar(HOUR + 600);
        second.quote(3_800, 4_600, 400);
        trade(second, 4_100, 200);
        trade(second, 4_300, 100);

        List<Candlestick> candles = new CandleBuilder(List.of(before, first, second), null)
                .build(HOUR + 3_600, HOUR + 3_600, 3_600, true);
        assertThat(candles).extracting(Candlestick::endPeriodTs).containsExactly(HOUR, HOUR + 3_600);
        Candlestick hour = candles.get(1);
        // The bid opens at the quote in force when the hour began, then 40, 42, 38 cents.
        assertThat(hour.yesBid().openDollars()).isEqualTo(Price.ofUnits(3_500));
        assertThat(hour.yesBid().lowDollars()).isEqualTo(Price.ofUnits(3_500));
        assertThat(hour.yesBid().highDollars()).isEqualTo(Price.ofUnits(4_200));
        assertThat(hour.yesBid().closeDollars()).isEqualTo(Price.ofUnits(3_800));
        assertThat(hour.yesAsk().lowDollars()).isEqualTo(Price.ofUnits(4_300));
        assertThat(hour.yesAsk().highDollars()).isEqualTo(Price.ofUnits(4_600));
        assertThat(hour.price().openDollars()).isEqualTo(Price.ofUnits(4_100));
        assertThat(hour.price().closeDollars()).isEqualTo(Price.ofUnits(4_300));
        assertThat(hour.price().previousDollars()).isEqualTo(Price.ofUnits(3_900));
        // (0.41 x 2 + 0.43 x 1) / 3 = 0.416667, rounded half up to the micro-dollar.
        assertThat(hour.price().meanDollars()).isEqualTo(Money.ofMicros(416_667));
        assertThat(hour.volumeFp()).isEqualTo(Count.ofHundredths(300));
        assertThat(hour.openInterestFp()).isEqualTo(Count.ofHundredths(400));
    }

    @Test
    void aDroppedBarStillSetsTheOpeningQuote() {
        MinuteBar dropped = bar(HOUR - 60);
        dropped.quote(2_000, 3_000, 50);
        MinuteBar kept = bar(HOUR + 120);
        kept.quote(2_500, 2_900, 60);
        Candlestick minute = new CandleBuilder(List.of(kept), dropped).build(HOUR, HOUR + 3_600, 60, false).get(0);
        assertThat(minute.yesBid().openDollars()).isEqualTo(Price.ofUnits(2_000));
        assertThat(minute.yesBid().closeDollars()).isEqualTo(Price.ofUnits(2_500));
        assertThat(minute.price().openDollars()).isNull();
    }

    private static MinuteBar bar(long epochSeconds) {
        return new MinuteBar(MinuteBar.minuteEnd(epochSeconds));
    }

    private static void trade(MinuteBar bar, long units, long hundredths) {
        Price price = Price.ofUnits(units);
        bar.trade(price, hundredths, price.times(Count.ofHundredths(hundredths)).micros());
    }
}
