package dev.kalshisim.data.sample;

import dev.kalshisim.data.synthetic.Contract;
import dev.kalshisim.data.synthetic.MarketSpec;
import java.time.Instant;

/** Small builders the sample scenarios share: fixed instants, bins and thresholds. */
final class ScenarioParts {

    static final long SECOND = 1_000_000_000L;
    static final long MINUTE = 60 * SECOND;
    static final long HOUR = 60 * MINUTE;

    private ScenarioParts() {
    }

    /** An instant written out in the source, never the wall clock. */
    static long at(String isoInstant) {
        Instant instant = Instant.parse(isoInstant);
        return instant.getEpochSecond() * SECOND + instant.getNano();
    }

    static MarketSpec bin(String ticker, String title, String sub, int factor, double low, double high,
            double liquidity, int halfSpread) {
        String strikeType = Double.isInfinite(low) ? "less" : Double.isInfinite(high) ? "greater" : "between";
        return new MarketSpec(ticker, title, sub, factor, new Contract.Between(low, high), liquidity, halfSpread,
                strikeType, Double.isInfinite(low) ? null : low, Double.isInfinite(high) ? null : high);
    }

    static MarketSpec above(String ticker, String title, String sub, int factor, double strike, Double floorStrike,
            double liquidity, int halfSpread) {
        return new MarketSpec(ticker, title, sub, factor, new Contract.Above(strike), liquidity, halfSpread,
                "greater", floorStrike, null);
    }
}
