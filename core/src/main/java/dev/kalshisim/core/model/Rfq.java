package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * A request for quote as {@code GET /communications/rfqs} lists it (Kalshi's {@code RFQ}).
 *
 * <p>{@code creator_id} is the creator's public communications id; {@code creator_user_id} and
 * {@code creator_subaccount} are private and shown to the creator only ({@link #seenBy}).
 *
 * @param status {@code open} or {@code closed}
 * @param targetCostDollars the dollars to spend, when the RFQ was sized by cost instead of contracts
 * @param cancellationReason why it closed without a trade ({@code deleted}, {@code expired}, ...)
 */
public record Rfq(
        @JsonProperty("id") String id,
        @JsonProperty("creator_id") String creatorId,
        @JsonProperty("market_ticker") String marketTicker,
        @JsonProperty("contracts_fp") Count contractsFp,
        @JsonProperty("target_cost_dollars") Money targetCostDollars,
        @JsonProperty("status") String status,
        @JsonProperty("created_ts") Instant createdTs,
        @JsonProperty("mve_collection_ticker") String mveCollectionTicker,
        @JsonProperty("mve_selected_legs") List<MveSelectedLeg> mveSelectedLegs,
        @JsonProperty("rest_remainder") boolean restRemainder,
        @JsonProperty("cancellation_reason") String cancellationReason,
        @JsonProperty("creator_user_id") String creatorUserId,
        @JsonProperty("creator_subaccount") Integer creatorSubaccount,
        @JsonProperty("cancelled_ts") Instant cancelledTs,
        @JsonProperty("updated_ts") Instant updatedTs) {

    public static final String OPEN = "open";
    public static final String CLOSED = "closed";

    public Rfq {
        mveSelectedLegs = mveSelectedLegs == null ? null : Immutable.list(mveSelectedLegs);
    }

    /** The RFQ as {@code memberId} may see it: the private fields only for its creator. */
    public Rfq seenBy(String memberId) {
        if (creatorUserId != null && creatorUserId.equals(memberId)) {
            return this;
        }
        return new Rfq(id, creatorId, marketTicker, contractsFp, targetCostDollars, status, createdTs,
                mveCollectionTicker, mveSelectedLegs, restRemainder, cancellationReason, null, null, cancelledTs,
                updatedTs);
    }
}
