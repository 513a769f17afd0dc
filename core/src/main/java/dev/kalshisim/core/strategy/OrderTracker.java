package dev.kalshisim.core.strategy;

import dev.kalshisim.core.model.Count;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A strategy's open orders and positions, kept from its own commands and the events it is sent.
 * Confined to the strategy's thread.
 */
final class OrderTracker {

    /** How many finished orders are remembered, to ignore updates that arrive after the end. */
    private static final int FINISHED_MEMORY = 10_000;

    private final Map<String, OpenOrder> openByKey = new LinkedHashMap<>();
    private final Map<String, String> keyByOrderId = new HashMap<>();
    private final Set<String> finishedKeys = new LinkedHashSet<>();
    private final Map<String, Count> positions = new HashMap<>();

    /** Records an order the strategy has just sent. */
    void submitted(OrderRequest request) {
        String key = request.clientOrderId();
        if (openByKey.containsKey(key)) {
            throw new IllegalArgumentException("client order id " + key + " is already used by an open order");
        }
        openByKey.put(key, new OpenOrder(null, key, request.ticker(), request.side(), request.yesPrice(),
                Count.ZERO, request.count(), OrderState.SUBMITTED, false));
    }

    /** The open order with this client order id or venue order id, or null. */
    OpenOrder find(String id) {
        OpenOrder order = openByKey.get(id);
        if (order != null) {
            return order;
        }
        String key = keyByOrderId.get(id);
        return key == null ? null : openByKey.get(key);
    }

    /** Marks an open order as being cancelled. */
    void cancelRequested(OpenOrder order) {
        openByKey.put(keyOf(order), order.withCancelRequested());
    }

    /** Applies the venue's news about an order: replaces it, or forgets it once finished. */
    void apply(OrderUpdate update) {
        String key = existingKey(update);
        if (key == null) {
            key = update.id();
            if (finishedKeys.contains(key) || (update.orderId() != null && finishedKeys.contains(update.orderId()))) {
                // A late update about an order already finished: the order must not come back.
                return;
            }
        }
        OpenOrder previous = openByKey.get(key);
        if (update.orderId() != null) {
            keyByOrderId.put(update.orderId(), key);
        }
        if (update.state().isTerminal()) {
            forget(key, previous, update.orderId());
            return;
        }
        boolean cancelRequested = previous != null && previous.cancelRequested();
        String clientOrderId = previous != null ? previous.clientOrderId() : update.clientOrderId();
        String orderId = update.orderId() != null || previous == null ? update.orderId() : previous.orderId();
        openByKey.put(key, new OpenOrder(orderId, clientOrderId, update.ticker(), update.side(),
                update.yesPrice(), update.filled(), update.remaining(), update.state(), cancelRequested));
    }

    /** Takes the position after a fill. */
    void apply(FillEvent fill) {
        positions.put(fill.ticker(), fill.postPosition());
    }

    /** Sets a position the runner learned from the venue (at start, or when reconciling). */
    void setPosition(String ticker, Count position) {
        positions.put(ticker, position);
    }

    Count position(String ticker) {
        return positions.getOrDefault(ticker, Count.ZERO);
    }

    /** Open orders in {@code ticker}, or all when null, in the order first seen. */
    List<OpenOrder> open(String ticker) {
        List<OpenOrder> result = new ArrayList<>();
        for (OpenOrder order : openByKey.values()) {
            if (ticker == null || ticker.equals(order.ticker())) {
                result.add(order);
            }
        }
        return List.copyOf(result);
    }

    private String existingKey(OrderUpdate update) {
        if (update.clientOrderId() != null && openByKey.containsKey(update.clientOrderId())) {
            return update.clientOrderId();
        }
        if (update.orderId() != null) {
            String key = keyByOrderId.get(update.orderId());
            if (key != null && openByKey.containsKey(key)) {
                return key;
            }
            if (openByKey.containsKey(update.orderId())) {
                return update.orderId();
            }
        }
        return null;
    }

    private void forget(String key, OpenOrder previous, String orderId) {
        openByKey.remove(key);
        finishedKeys.add(key);
        String venueId = orderId != null ? orderId : previous == null ? null : previous.orderId();
        if (venueId != null) {
            keyByOrderId.remove(venueId);
            finishedKeys.add(venueId);
        }
        while (finishedKeys.size() > FINISHED_MEMORY) {
            finishedKeys.remove(finishedKeys.iterator().next());
        }
    }

    private static String keyOf(OpenOrder order) {
        return order.clientOrderId() != null ? order.clientOrderId() : order.orderId();
    }
}
