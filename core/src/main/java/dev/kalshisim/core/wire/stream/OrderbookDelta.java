package dev.kalshisim.core.wire.stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import java.util.Objects;

/**
 * Payload of {@code orderbook_delta}: one price level changed by a signed amount; the new size is
 * the old plus {@code delta_fp}, and a level at zero is gone.
 *
 * @param marketTicker the market
 * @param marketId the market's UUID
 * @param priceDollars the level's price: YES-leg for side yes; for side no, NO-leg by default or
 *     YES-leg with {@code use_yes_price}
 * @param deltaFp the signed change in contracts
 * @param side which bids changed: {@code yes} or {@code no}
 * @param clientOrderId present only when the receiving member's own order caused the change
 * @param subaccount present only when the member's own order caused it from a subaccount
 * @param ts deprecated RFC3339 time of the change, kept as sent
 * @param tsMs time of the change, Unix milliseconds
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"market_ticker", "market_id", "price_dollars", "delta_fp", "side", "client_order_id",
        "subaccount", "ts", "ts_ms"})
public record OrderbookDelta(
        @JsonProperty("market_ticker") String marketTicker,
        @JsonProperty("market_id") String marketId,
        @JsonProperty("price_dollars") Price priceDollars,
        @JsonProperty("delta_fp") Count deltaFp,
        @JsonProperty("side") OutcomeSide side,
        @JsonProperty("client_order_id") String clientOrderId,
        @JsonProperty("subaccount") Integer subaccount,
        @JsonProperty("ts") String ts,
        @JsonProperty("ts_ms") Long tsMs) implements ChannelPayload {

    public OrderbookDelta {
        Objects.requireNonNull(marketTicker, "market_ticker");
        Objects.requireNonNull(priceDollars, "price_dollars");
        Objects.requireNonNull(deltaFp, "delta_fp");
        Objects.requireNonNull(side, "side");
    }

    /** A delta caused by someone else's order: no client order id or subaccount, no deprecated time. */
    public static OrderbookDelta of(String marketTicker, String marketId, Price price, Count delta,
                                    OutcomeSide side, long tsMs) {
        return new OrderbookDelta(marketTicker, marketId, price, delta, side, null, null, null, tsMs);
    }
}
