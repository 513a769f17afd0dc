package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.kalshisim.core.model.BlockTradeProposal;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Immutable;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.Quote;
import dev.kalshisim.core.model.Rfq;
import java.time.Instant;
import java.util.List;

/**
 * The request and response bodies of {@code /communications/*} (RFQs and quotes), named as in
 * Kalshi's OpenAPI. Kept together because each is a line or two.
 */
public final class CommunicationsWire {

    private CommunicationsWire() {
    }

    /** {@code GET /communications/id}. */
    public record GetCommunicationsIdResponse(@JsonProperty("communications_id") String communicationsId) {
    }

    /**
     * {@code POST /communications/rfqs}: sized by {@code contracts}/{@code contracts_fp} (equal if
     * both) or by {@code target_cost_dollars} (or the deprecated centi-cents).
     */
    public record CreateRfqRequest(
            @JsonProperty("market_ticker") String marketTicker,
            @JsonProperty("contracts") Long contracts,
            @JsonProperty("contracts_fp") @JsonDeserialize(using = RequestCountDeserializer.class) Count contractsFp,
            @JsonProperty("target_cost_centi_cents") Long targetCostCentiCents,
            @JsonProperty("target_cost_dollars") Money targetCostDollars,
            @JsonProperty("rest_remainder") Boolean restRemainder,
            @JsonProperty("replace_existing") Boolean replaceExisting,
            @JsonProperty("subtrader_id") String subtraderId,
            @JsonProperty("subaccount") Integer subaccount) {
    }

    /** {@code POST /communications/rfqs} and {@code POST /communications/quotes} answer the new id. */
    public record CreatedId(@JsonProperty("id") String id) {
    }

    public record GetRfqsResponse(@JsonProperty("rfqs") List<Rfq> rfqs, @JsonProperty("cursor") String cursor) {

        public GetRfqsResponse {
            rfqs = Immutable.list(rfqs);
        }
    }

    public record GetRfqResponse(@JsonProperty("rfq") Rfq rfq) {
    }

    /** {@code POST /communications/quotes}; a bid of "0" declines that side. */
    public record CreateQuoteRequest(
            @JsonProperty("rfq_id") String rfqId,
            @JsonProperty("yes_bid") Price yesBid,
            @JsonProperty("no_bid") Price noBid,
            @JsonProperty("rest_remainder") Boolean restRemainder,
            @JsonProperty("post_only") Boolean postOnly,
            @JsonProperty("subaccount") Integer subaccount) {
    }

    public record GetQuotesResponse(@JsonProperty("quotes") List<Quote> quotes, @JsonProperty("cursor") String cursor) {

        public GetQuotesResponse {
            quotes = Immutable.list(quotes);
        }
    }

    public record GetQuoteResponse(@JsonProperty("quote") Quote quote) {
    }

    /** {@code PUT .../accept}: the side the RFQ creator buys, {@code yes} or {@code no}. */
    public record AcceptQuoteRequest(@JsonProperty("accepted_side") String acceptedSide) {
    }

    /** {@code POST /communications/block-trade-proposals}; the buyer buys YES at the price. */
    public record ProposeBlockTradeRequest(
            @JsonProperty("buyer_user_id") String buyerUserId,
            @JsonProperty("buyer_subtrader_id") String buyerSubtraderId,
            @JsonProperty("buyer_subaccount") Integer buyerSubaccount,
            @JsonProperty("seller_user_id") String sellerUserId,
            @JsonProperty("seller_subtrader_id") String sellerSubtraderId,
            @JsonProperty("seller_subaccount") Integer sellerSubaccount,
            @JsonProperty("market_ticker") String marketTicker,
            @JsonProperty("price_centi_cents") Long priceCentiCents,
            @JsonProperty("centicount") Long centicount,
            @JsonProperty("maker_side") String makerSide,
            @JsonProperty("expiration_ts") Instant expirationTs) {
    }

    public record ProposeBlockTradeResponse(@JsonProperty("block_trade_proposal_id") String blockTradeProposalId) {
    }

    public record AcceptBlockTradeProposalRequest(
            @JsonProperty("subtrader_id") String subtraderId,
            @JsonProperty("subaccount") Integer subaccount) {
    }

    public record GetBlockTradeProposalsResponse(
            @JsonProperty("block_trade_proposals") List<BlockTradeProposal> blockTradeProposals,
            @JsonProperty("cursor") String cursor) {

        public GetBlockTradeProposalsResponse {
            blockTradeProposals = Immutable.list(blockTradeProposals);
        }
    }
}
