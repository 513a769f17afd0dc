package dev.kalshisim.core.wire.stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * Payload of {@code orderbook_snapshot}: every aggregated bid level of one market.
 *
 * <p>Only bids are sent: {@code yes_dollars_fp} are YES bids; {@code no_dollars_fp} are NO bids, in
 * NO-leg prices by default or in YES-leg prices when the subscription set {@code use_yes_price}.
 * Kalshi omits a side with no levels, which {@link #of} reproduces.
 *
 * @param marketTicker the market
 * @param marketId the market's UUID
 * @param yesDollarsFp YES bid levels, or {@code null} when there are none
 * @param noDollarsFp NO bid levels, or {@code null} when there are none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"market_ticker", "market_id", "yes_dollars_fp", "no_dollars_fp"})
public record OrderbookSnapshot(
        @JsonProperty("market_ticker") String marketTicker,
        @JsonProperty("market_id") String marketId,
        @JsonProperty("yes_dollars_fp") List<PriceLevel> yesDollarsFp,
        @JsonProperty("no_dollars_fp") List<PriceLevel> noDollarsFp) implements ChannelPayload {

    public OrderbookSnapshot {
        Objects.requireNonNull(marketTicker, "market_ticker");
        yesDollarsFp = yesDollarsFp == null ? null : List.copyOf(yesDollarsFp);
        noDollarsFp = noDollarsFp == null ? null : List.copyOf(noDollarsFp);
    }

    /** A snapshot as Kalshi writes it: an empty side is left out. */
    public static OrderbookSnapshot of(String marketTicker, String marketId, List<PriceLevel> yes, List<PriceLevel> no) {
        return new OrderbookSnapshot(marketTicker, marketId,
                yes.isEmpty() ? null : yes, no.isEmpty() ? null : no);
    }

    /** The YES bid levels; empty when the key was absent. */
    public List<PriceLevel> yesLevels() {
        return yesDollarsFp == null ? List.of() : yesDollarsFp;
    }

    /** The NO bid levels, in the subscription's pricing; empty when the key was absent. */
    public List<PriceLevel> noLevels() {
        return noDollarsFp == null ? List.of() : noDollarsFp;
    }
}
