package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * Whether the exchange and trading are up, the body of {@code GET /exchange/status}.
 *
 * @param exchangeActive false only under maintenance
 * @param tradingActive false outside trading hours and during pauses
 * @param exchangeEstimatedResumeTime estimated end of the current maintenance, if any
 * @param exchangeIndexStatuses per-shard copies of the flags; absent when unavailable
 */
public record ExchangeStatus(
        @JsonProperty("exchange_active") boolean exchangeActive,
        @JsonProperty("trading_active") boolean tradingActive,
        @JsonProperty("intra_exchange_transfers_active") Boolean intraExchangeTransfersActive,
        @JsonProperty("exchange_estimated_resume_time") Instant exchangeEstimatedResumeTime,
        @JsonProperty("exchange_index_statuses") List<ExchangeIndexStatus> exchangeIndexStatuses) {

    public ExchangeStatus {
        exchangeIndexStatuses = Immutable.list(exchangeIndexStatuses);
    }
}
