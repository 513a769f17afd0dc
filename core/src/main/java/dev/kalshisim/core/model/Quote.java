package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A quote on an RFQ as {@code GET /communications/quotes} lists it (Kalshi's {@code Quote}).
 *
 * <p>The quoter bids {@code yes_bid} for YES and {@code no_bid} for NO (either may be $0: that side
 * is declined). The user ids, subaccounts and order ids are private: each party sees its own
 * ({@link #seenBy}).
 *
 * @param status {@code open}, {@code accepted}, {@code confirmed}, {@code executed} or {@code cancelled}
 * @param acceptedSide the side the RFQ creator accepted: the outcome the creator buys
 * @param yesContractsFp contracts the creator would get accepting {@code yes}
 * @param noContractsFp contracts the creator would get accepting {@code no}
 */
public record Quote(
        @JsonProperty("id") String id,
        @JsonProperty("rfq_id") String rfqId,
        @JsonProperty("creator_id") String creatorId,
        @JsonProperty("rfq_creator_id") String rfqCreatorId,
        @JsonProperty("market_ticker") String marketTicker,
        @JsonProperty("contracts_fp") Count contractsFp,
        @JsonProperty("yes_bid_dollars") Price yesBidDollars,
        @JsonProperty("no_bid_dollars") Price noBidDollars,
        @JsonProperty("created_ts") Instant createdTs,
        @JsonProperty("updated_ts") Instant updatedTs,
        @JsonProperty("status") String status,
        @JsonProperty("accepted_side") OutcomeSide acceptedSide,
        @JsonProperty("accepted_ts") Instant acceptedTs,
        @JsonProperty("confirmed_ts") Instant confirmedTs,
        @JsonProperty("executed_ts") Instant executedTs,
        @JsonProperty("cancelled_ts") Instant cancelledTs,
        @JsonProperty("rest_remainder") boolean restRemainder,
        @JsonProperty("post_only") Boolean postOnly,
        @JsonProperty("cancellation_reason") String cancellationReason,
        @JsonProperty("creator_user_id") String creatorUserId,
        @JsonProperty("rfq_creator_user_id") String rfqCreatorUserId,
        @JsonProperty("rfq_target_cost_dollars") Money rfqTargetCostDollars,
        @JsonProperty("rfq_creator_order_id") String rfqCreatorOrderId,
        @JsonProperty("creator_order_id") String creatorOrderId,
        @JsonProperty("creator_subaccount") Integer creatorSubaccount,
        @JsonProperty("rfq_creator_subaccount") Integer rfqCreatorSubaccount,
        @JsonProperty("yes_contracts_fp") Count yesContractsFp,
        @JsonProperty("no_contracts_fp") Count noContractsFp) {

    public static final String OPEN = "open";
    public static final String ACCEPTED = "accepted";
    public static final String CONFIRMED = "confirmed";
    public static final String EXECUTED = "executed";
    public static final String CANCELLED = "cancelled";

    /** The quote as {@code memberId} may see it: each party's private fields for that party only. */
    public Quote seenBy(String memberId) {
        boolean quoter = creatorUserId != null && creatorUserId.equals(memberId);
        boolean requester = rfqCreatorUserId != null && rfqCreatorUserId.equals(memberId);
        return new Quote(id, rfqId, creatorId, rfqCreatorId, marketTicker, contractsFp, yesBidDollars, noBidDollars,
                createdTs, updatedTs, status, acceptedSide, acceptedTs, confirmedTs, executedTs, cancelledTs,
                restRemainder, quoter ? postOnly : null, cancellationReason, quoter ? creatorUserId : null,
                requester ? rfqCreatorUserId : null, rfqTargetCostDollars, requester ? rfqCreatorOrderId : null,
                quoter ? creatorOrderId : null, quoter ? creatorSubaccount : null,
                requester ? rfqCreatorSubaccount : null, yesContractsFp, noContractsFp);
    }
}
