package dev.kalshisim.core.wire.stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import java.time.Instant;

/**
 * Payload of {@code quote_created} and {@code quote_accepted} on the {@code communications}
 * channel, sent to the quote's creator and the RFQ's creator only. {@code accepted_side} and
 * {@code contracts_accepted_fp} come with an acceptance, {@code created_ts} with a creation.
 *
 * @param subaccount the receiver's own subaccount on this quote, when it used one (never the other party's)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"quote_id", "rfq_id", "quote_creator_id", "rfq_creator_id", "market_ticker", "event_ticker",
        "yes_bid_dollars", "no_bid_dollars", "accepted_side", "contracts_accepted_fp", "yes_contracts_offered_fp",
        "no_contracts_offered_fp", "rfq_target_cost_dollars", "created_ts", "subaccount"})
public record QuoteUpdate(
        @JsonProperty("quote_id") String quoteId,
        @JsonProperty("rfq_id") String rfqId,
        @JsonProperty("quote_creator_id") String quoteCreatorId,
        @JsonProperty("rfq_creator_id") String rfqCreatorId,
        @JsonProperty("market_ticker") String marketTicker,
        @JsonProperty("event_ticker") String eventTicker,
        @JsonProperty("yes_bid_dollars") Price yesBidDollars,
        @JsonProperty("no_bid_dollars") Price noBidDollars,
        @JsonProperty("accepted_side") OutcomeSide acceptedSide,
        @JsonProperty("contracts_accepted_fp") Count contractsAcceptedFp,
        @JsonProperty("yes_contracts_offered_fp") Count yesContractsOfferedFp,
        @JsonProperty("no_contracts_offered_fp") Count noContractsOfferedFp,
        @JsonProperty("rfq_target_cost_dollars") Money rfqTargetCostDollars,
        @JsonProperty("created_ts") Instant createdTs,
        @JsonProperty("subaccount") Integer subaccount) implements ChannelPayload {
}
