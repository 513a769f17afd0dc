package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The status flags of one exchange shard (Kalshi's {@code ExchangeIndexStatus}). */
public record ExchangeIndexStatus(
        @JsonProperty("exchange_index") int exchangeIndex,
        @JsonProperty("description") String description,
        @JsonProperty("exchange_active") boolean exchangeActive,
        @JsonProperty("trading_active") boolean tradingActive,
        @JsonProperty("intra_exchange_transfers_active") boolean intraExchangeTransfersActive) {
}
