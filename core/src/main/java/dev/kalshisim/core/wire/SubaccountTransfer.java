package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;

/**
 * One row of {@code GET /portfolio/subaccounts/transfers}. Kalshi lists cash and position transfers
 * together, telling them apart by {@code transfer_type}; position rows also carry the market, side,
 * count and price (null, and so omitted, on cash rows).
 *
 * @param amountCents the cash moved; for a position transfer, the value the destination paid
 * @param createdTs Unix seconds
 */
public record SubaccountTransfer(
        @JsonProperty("transfer_id") String transferId,
        @JsonProperty("from_subaccount") int fromSubaccount,
        @JsonProperty("to_subaccount") int toSubaccount,
        @JsonProperty("amount_cents") long amountCents,
        @JsonProperty("created_ts") long createdTs,
        @JsonProperty("exchange_index") int exchangeIndex,
        @JsonProperty("transfer_type") String transferType,
        @JsonProperty("market_ticker") String marketTicker,
        @JsonProperty("side") String side,
        @JsonProperty("count_fp") Count countFp,
        @JsonProperty("price_dollars") Price priceDollars) {
}
