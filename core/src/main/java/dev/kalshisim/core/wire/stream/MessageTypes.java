package dev.kalshisim.core.wire.stream;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The channel message types this version reads, and the payload record of each.
 *
 * <p>{@code market_lifecycle_v2} and {@code multivariate_market_lifecycle} share one payload schema;
 * a payload's default type is the first listed for its class.
 */
public final class MessageTypes {

    public static final String ORDERBOOK_SNAPSHOT = "orderbook_snapshot";
    public static final String ORDERBOOK_DELTA = "orderbook_delta";
    public static final String TICKER = "ticker";
    public static final String TRADE = "trade";
    public static final String FILL = "fill";
    public static final String USER_ORDER = "user_order";
    public static final String MARKET_POSITION = "market_position";
    public static final String MARKET_LIFECYCLE_V2 = "market_lifecycle_v2";
    public static final String MULTIVARIATE_MARKET_LIFECYCLE = "multivariate_market_lifecycle";
    public static final String EVENT_LIFECYCLE = "event_lifecycle";
    public static final String EVENT_FEE_UPDATE = "event_fee_update";
    public static final String ORDER_GROUP_UPDATES = "order_group_updates";
    public static final String RFQ_CREATED = "rfq_created";
    public static final String RFQ_DELETED = "rfq_deleted";
    public static final String QUOTE_CREATED = "quote_created";
    public static final String QUOTE_ACCEPTED = "quote_accepted";
    public static final String QUOTE_EXECUTED = "quote_executed";

    private static final Map<String, Class<? extends ChannelPayload>> BY_TYPE = byType();

    private MessageTypes() {
    }

    /** The payload class of {@code type}, or {@code null} when this version does not model it. */
    public static Class<? extends ChannelPayload> payloadClass(String type) {
        return BY_TYPE.get(type);
    }

    /** Every modelled channel message type, in a stable order. */
    public static Set<String> all() {
        return Collections.unmodifiableSet(BY_TYPE.keySet());
    }

    /**
     * The type a payload of {@code payloadClass} is sent as by default.
     *
     * @throws IllegalArgumentException for a class that is not a channel payload
     */
    public static String defaultType(Class<? extends ChannelPayload> payloadClass) {
        for (Map.Entry<String, Class<? extends ChannelPayload>> entry : BY_TYPE.entrySet()) {
            if (entry.getValue() == payloadClass) {
                return entry.getKey();
            }
        }
        throw new IllegalArgumentException("no channel message type carries " + payloadClass.getName());
    }

    private static Map<String, Class<? extends ChannelPayload>> byType() {
        Map<String, Class<? extends ChannelPayload>> types = new LinkedHashMap<>();
        types.put(ORDERBOOK_SNAPSHOT, OrderbookSnapshot.class);
        types.put(ORDERBOOK_DELTA, OrderbookDelta.class);
        types.put(TICKER, TickerUpdate.class);
        types.put(TRADE, TradeUpdate.class);
        types.put(FILL, FillUpdate.class);
        types.put(USER_ORDER, UserOrderUpdate.class);
        types.put(MARKET_POSITION, MarketPositionUpdate.class);
        types.put(MARKET_LIFECYCLE_V2, MarketLifecycleUpdate.class);
        types.put(MULTIVARIATE_MARKET_LIFECYCLE, MarketLifecycleUpdate.class);
        types.put(EVENT_LIFECYCLE, EventLifecycleUpdate.class);
        types.put(EVENT_FEE_UPDATE, EventFeeUpdate.class);
        types.put(ORDER_GROUP_UPDATES, OrderGroupUpdate.class);
        types.put(RFQ_CREATED, RfqUpdate.class);
        types.put(RFQ_DELETED, RfqUpdate.class);
        types.put(QUOTE_CREATED, QuoteUpdate.class);
        types.put(QUOTE_ACCEPTED, QuoteUpdate.class);
        types.put(QUOTE_EXECUTED, QuoteExecutedUpdate.class);
        return types;
    }
}
