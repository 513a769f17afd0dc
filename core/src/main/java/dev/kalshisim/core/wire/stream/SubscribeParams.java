package dev.kalshisim.core.wire.stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The {@code params} of a {@code subscribe} command. At most one market filter is meant to be set
 * ({@code market_ticker}, {@code market_tickers}, {@code market_id} or {@code market_ids}); the
 * server, not this record, enforces Kalshi's rules, so that it can answer with Kalshi's error codes.
 *
 * @param channels channel names, see {@link Channel}
 * @param sendInitialSnapshot ticker channel: send a ticker snapshot for the requested markets first
 * @param skipTickerAck {@code ok} replies omit the market lists
 * @param useYesPrice orderbook channel: report NO bids in YES-leg prices
 * @param shardFactor communications channel fan-out (1-100)
 * @param shardKey communications channel shard (0 to shard_factor - 1)
 * @param indexIds cfbenchmarks_value channel: index ids to start with
 * @param underlyingTickers pyth_value channel: underlyings to start with
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"channels", "market_ticker", "market_tickers", "market_id", "market_ids",
        "send_initial_snapshot", "skip_ticker_ack", "use_yes_price", "shard_factor", "shard_key", "index_ids",
        "underlying_tickers"})
public record SubscribeParams(
        @JsonProperty("channels") List<String> channels,
        @JsonProperty("market_ticker") String marketTicker,
        @JsonProperty("market_tickers") List<String> marketTickers,
        @JsonProperty("market_id") String marketId,
        @JsonProperty("market_ids") List<String> marketIds,
        @JsonProperty("send_initial_snapshot") Boolean sendInitialSnapshot,
        @JsonProperty("skip_ticker_ack") Boolean skipTickerAck,
        @JsonProperty("use_yes_price") Boolean useYesPrice,
        @JsonProperty("shard_factor") Integer shardFactor,
        @JsonProperty("shard_key") Integer shardKey,
        @JsonProperty("index_ids") List<String> indexIds,
        @JsonProperty("underlying_tickers") List<String> underlyingTickers) {

    public SubscribeParams {
        channels = copyOrNull(channels);
        marketTickers = copyOrNull(marketTickers);
        marketIds = copyOrNull(marketIds);
        indexIds = copyOrNull(indexIds);
        underlyingTickers = copyOrNull(underlyingTickers);
    }

    /** {@code channels} for every market (no market filter). */
    public static SubscribeParams allMarkets(Channel... channels) {
        return new SubscribeParams(names(channels), null, null, null, null, null, null, null, null, null, null, null);
    }

    /** {@code channels} for the markets {@code marketTickers}. */
    public static SubscribeParams markets(List<String> marketTickers, Channel... channels) {
        if (marketTickers.isEmpty()) {
            throw new IllegalArgumentException("marketTickers must not be empty; use allMarkets for no filter");
        }
        return new SubscribeParams(names(channels), null, marketTickers, null, null, null, null, null, null, null,
                null, null);
    }

    /** {@code orderbook_delta} for {@code marketTickers}, NO bids in YES-leg prices when {@code useYesPrice}. */
    public static SubscribeParams orderbook(List<String> marketTickers, boolean useYesPrice) {
        return markets(marketTickers, Channel.ORDERBOOK_DELTA).withUseYesPrice(useYesPrice);
    }

    /** A copy with {@code use_yes_price} set. */
    public SubscribeParams withUseYesPrice(boolean value) {
        return new SubscribeParams(channels, marketTicker, marketTickers, marketId, marketIds, sendInitialSnapshot,
                skipTickerAck, value, shardFactor, shardKey, indexIds, underlyingTickers);
    }

    /** A copy with {@code send_initial_snapshot} set. */
    public SubscribeParams withSendInitialSnapshot(boolean value) {
        return new SubscribeParams(channels, marketTicker, marketTickers, marketId, marketIds, value,
                skipTickerAck, useYesPrice, shardFactor, shardKey, indexIds, underlyingTickers);
    }

    /** A copy for the one channel {@code channel}, everything else kept. */
    public SubscribeParams withChannel(String channel) {
        return new SubscribeParams(List.of(channel), marketTicker, marketTickers, marketId, marketIds,
                sendInitialSnapshot, skipTickerAck, useYesPrice, shardFactor, shardKey, indexIds, underlyingTickers);
    }

    /**
     * A copy whose market filter is exactly {@code tickers} and {@code ids} (each {@code null} for
     * none), written in list form; other settings kept.
     */
    public SubscribeParams withMarkets(List<String> tickers, List<String> ids) {
        return new SubscribeParams(channels, null, tickers, null, ids, sendInitialSnapshot, skipTickerAck,
                useYesPrice, shardFactor, shardKey, indexIds, underlyingTickers);
    }

    /** Every ticker of the market filter, from {@code market_ticker} or {@code market_tickers}. */
    public List<String> tickerFilter() {
        if (marketTicker != null) {
            return List.of(marketTicker);
        }
        return marketTickers == null ? List.of() : marketTickers;
    }

    /** Every market id of the market filter, from {@code market_id} or {@code market_ids}. */
    public List<String> idFilter() {
        if (marketId != null) {
            return List.of(marketId);
        }
        return marketIds == null ? List.of() : marketIds;
    }

    /** Whether a market filter (by ticker or id) is set. */
    public boolean hasMarketFilter() {
        return marketTicker != null || marketTickers != null || marketId != null || marketIds != null;
    }

    /** Whether {@code use_yes_price} is set to true (absent means false, Kalshi's default today). */
    public boolean usesYesPrice() {
        return Boolean.TRUE.equals(useYesPrice);
    }

    private static List<String> names(Channel... channels) {
        if (channels.length == 0) {
            throw new IllegalArgumentException("at least one channel is required");
        }
        String[] names = new String[channels.length];
        for (int i = 0; i < channels.length; i++) {
            names[i] = channels[i].wire();
        }
        return List.of(names);
    }

    static <T> List<T> copyOrNull(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }
}
