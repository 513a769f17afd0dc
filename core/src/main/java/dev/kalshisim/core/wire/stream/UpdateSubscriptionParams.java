package dev.kalshisim.core.wire.stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The {@code params} of an {@code update_subscription} command. The subscription is named by
 * {@code sid} or by {@code sids} holding exactly one id; {@code action} is one of
 * {@link UpdateAction} for market channels (the index feeds have their own actions).
 *
 * @param sendInitialSnapshot ticker channel: send ticker snapshots for newly added markets
 * @param indexIds cfbenchmarks_value channel actions only
 * @param underlyingTickers pyth_value channel actions only
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"sid", "sids", "market_ticker", "market_tickers", "market_id", "market_ids",
        "send_initial_snapshot", "action", "index_ids", "underlying_tickers"})
public record UpdateSubscriptionParams(
        @JsonProperty("sid") Long sid,
        @JsonProperty("sids") List<Long> sids,
        @JsonProperty("market_ticker") String marketTicker,
        @JsonProperty("market_tickers") List<String> marketTickers,
        @JsonProperty("market_id") String marketId,
        @JsonProperty("market_ids") List<String> marketIds,
        @JsonProperty("send_initial_snapshot") Boolean sendInitialSnapshot,
        @JsonProperty("action") String action,
        @JsonProperty("index_ids") List<String> indexIds,
        @JsonProperty("underlying_tickers") List<String> underlyingTickers) {

    public UpdateSubscriptionParams {
        sids = SubscribeParams.copyOrNull(sids);
        marketTickers = SubscribeParams.copyOrNull(marketTickers);
        marketIds = SubscribeParams.copyOrNull(marketIds);
        indexIds = SubscribeParams.copyOrNull(indexIds);
        underlyingTickers = SubscribeParams.copyOrNull(underlyingTickers);
    }

    /** {@code action} on subscription {@code sid} for the markets {@code marketTickers}. */
    public static UpdateSubscriptionParams of(long sid, UpdateAction action, List<String> marketTickers) {
        if (marketTickers.isEmpty()) {
            throw new IllegalArgumentException("marketTickers must not be empty for " + action.wire());
        }
        return new UpdateSubscriptionParams(sid, null, null, marketTickers, null, null, null, action.wire(), null,
                null);
    }

    /**
     * The one subscription id this update names: {@code sid}, or the single element of {@code sids};
     * {@code null} when neither (or both, or several) are given.
     */
    public Long targetSid() {
        if (sid != null) {
            return sids == null ? sid : null;
        }
        return sids != null && sids.size() == 1 ? sids.get(0) : null;
    }

    /** Every ticker named, from {@code market_ticker} or {@code market_tickers}. */
    public List<String> tickers() {
        if (marketTicker != null) {
            return List.of(marketTicker);
        }
        return marketTickers == null ? List.of() : marketTickers;
    }

    /** Every market id named, from {@code market_id} or {@code market_ids}. */
    public List<String> ids() {
        if (marketId != null) {
            return List.of(marketId);
        }
        return marketIds == null ? List.of() : marketIds;
    }
}
