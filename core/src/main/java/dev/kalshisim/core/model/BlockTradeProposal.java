package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A proposed block trade between a named buyer and seller (Kalshi's {@code BlockTradeProposal}):
 * the buyer buys YES at {@code price_centi_cents} (1/10,000 $), the seller the NO side; it executes
 * once both have accepted. Each party's user id, subtrader and order id are shown to that party
 * only ({@link #seenBy}); the others see "".
 *
 * @param centicount the size in hundredths of a contract
 * @param makerSide the side whose party is the maker for fees
 * @param status {@code pending}, {@code executed}, {@code expired} or {@code failed}
 */
public record BlockTradeProposal(
        @JsonProperty("id") String id,
        @JsonProperty("proposer_user_id") String proposerUserId,
        @JsonProperty("buyer_user_id") String buyerUserId,
        @JsonProperty("seller_user_id") String sellerUserId,
        @JsonProperty("market_ticker") String marketTicker,
        @JsonProperty("price_centi_cents") long priceCentiCents,
        @JsonProperty("centicount") long centicount,
        @JsonProperty("maker_side") OutcomeSide makerSide,
        @JsonProperty("expiration_ts") Instant expirationTs,
        @JsonProperty("status") String status,
        @JsonProperty("created_ts") Instant createdTs,
        @JsonProperty("updated_ts") Instant updatedTs,
        @JsonProperty("buyer_accepted") boolean buyerAccepted,
        @JsonProperty("seller_accepted") boolean sellerAccepted,
        @JsonProperty("buyer_accepted_ts") Instant buyerAcceptedTs,
        @JsonProperty("seller_accepted_ts") Instant sellerAcceptedTs,
        @JsonProperty("executed_ts") Instant executedTs,
        @JsonProperty("buyer_order_id") String buyerOrderId,
        @JsonProperty("seller_order_id") String sellerOrderId) {

    public static final String PENDING = "pending";
    public static final String EXECUTED = "executed";
    public static final String EXPIRED = "expired";
    public static final String FAILED = "failed";

    /** The proposal as {@code memberId} may see it: the buyer's and seller's ids for themselves only. */
    public BlockTradeProposal seenBy(String memberId) {
        boolean buyer = buyerUserId.equals(memberId);
        boolean seller = sellerUserId.equals(memberId);
        return new BlockTradeProposal(id, proposerUserId, buyer ? buyerUserId : "", seller ? sellerUserId : "",
                marketTicker, priceCentiCents, centicount, makerSide, expirationTs, status, createdTs, updatedTs,
                buyerAccepted, sellerAccepted, buyerAcceptedTs, sellerAcceptedTs, executedTs,
                buyer ? buyerOrderId : null, seller ? sellerOrderId : null);
    }
}
