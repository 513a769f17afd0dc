package dev.kalshisim.sim.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.BidAskDistribution;
import dev.kalshisim.core.model.Candlestick;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.PriceDistribution;
import java.time.Instant;
import java.util.List;

/**
 * The response shapes only the historical endpoints use, as the OpenAPI spells them: the cutoff,
 * and historical candlesticks, whose fields drop the {@code _dollars}/{@code _fp} suffixes of the
 * live ones.
 */
public final class HistoricalWire {

    private HistoricalWire() {
    }

    /** {@code GET /historical/cutoff}. */
    public record CutoffResponse(
            @JsonProperty("market_settled_ts") Instant marketSettledTs,
            @JsonProperty("trades_created_ts") Instant tradesCreatedTs,
            @JsonProperty("orders_updated_ts") Instant ordersUpdatedTs,
            @JsonProperty("market_positions_last_updated_ts") Instant marketPositionsLastUpdatedTs) {
    }

    /** {@code GET /historical/markets/{ticker}/candlesticks}. */
    public record CandlesticksResponse(
            @JsonProperty("ticker") String ticker,
            @JsonProperty("candlesticks") List<HistoricalCandlestick> candlesticks) {
    }

    /** Kalshi's {@code MarketCandlestickHistorical}. */
    public record HistoricalCandlestick(
            @JsonProperty("end_period_ts") long endPeriodTs,
            @JsonProperty("yes_bid") Quotes yesBid,
            @JsonProperty("yes_ask") Quotes yesAsk,
            @JsonProperty("price") Prices price,
            @JsonProperty("volume") Count volume,
            @JsonProperty("open_interest") Count openInterest) {

        /** The historical form of a live candle: the same figures under the historical names. */
        public static HistoricalCandlestick of(Candlestick live) {
            PriceDistribution p = live.price();
            return new HistoricalCandlestick(live.endPeriodTs(), Quotes.of(live.yesBid()), Quotes.of(live.yesAsk()),
                    new Prices(p.openDollars(), p.lowDollars(), p.highDollars(), p.closeDollars(),
                            p.meanDollars(), p.previousDollars()),
                    live.volumeFp(), live.openInterestFp());
        }
    }

    /** Kalshi's {@code BidAskDistributionHistorical}. */
    public record Quotes(
            @JsonProperty("open") Price open,
            @JsonProperty("low") Price low,
            @JsonProperty("high") Price high,
            @JsonProperty("close") Price close) {

        static Quotes of(BidAskDistribution d) {
            return new Quotes(d.openDollars(), d.lowDollars(), d.highDollars(), d.closeDollars());
        }
    }

    /**
     * Kalshi's {@code PriceDistributionHistorical}; every field is written, null when there was no
     * trade (the schema lists them as required and nullable).
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Prices(
            @JsonProperty("open") Price open,
            @JsonProperty("low") Price low,
            @JsonProperty("high") Price high,
            @JsonProperty("close") Price close,
            @JsonProperty("mean") Money mean,
            @JsonProperty("previous") Price previous) {
    }
}
