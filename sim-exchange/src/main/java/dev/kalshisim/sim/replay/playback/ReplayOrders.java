package dev.kalshisim.sim.replay.playback;

import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.model.OrderStatus;
import dev.kalshisim.sim.engine.event.ExchangeEvent;
import dev.kalshisim.sim.engine.event.ExchangeListener;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The remaining count of every resting replay order, as the engine reports it. A bot's order that
 * takes a replay order, a market that closes, a settlement: the engine says so in an
 * {@link ExchangeEvent.OrderUpdated}, and this listener keeps the count, so the playback always
 * knows how much replay quantity really rests at a level.
 *
 * <p>The engine calls the listener under its own lock, on whichever thread ran the command; the
 * map is concurrent and the listener takes no other lock, so it can never deadlock with the
 * playback, which calls the engine while holding its own.
 */
final class ReplayOrders implements ExchangeListener {

    private final ConcurrentHashMap<String, Long> remaining = new ConcurrentHashMap<>();
    private volatile Set<String> members = Set.of();

    /** The replay members whose orders are followed. */
    void follow(Set<String> memberIds) {
        members = Set.copyOf(memberIds);
    }

    void clear() {
        remaining.clear();
    }

    /** The order's remaining count, hundredths; 0 once it no longer rests. */
    long of(String orderId) {
        Long rest = remaining.get(orderId);
        return rest == null ? 0 : rest;
    }

    int resting() {
        return remaining.size();
    }

    @Override
    public void onEvent(ExchangeEvent event) {
        if (event instanceof ExchangeEvent.OrderUpdated update && members.contains(update.memberId())) {
            Order order = update.order();
            if (order.status() == OrderStatus.RESTING && order.remainingCountFp().isPositive()) {
                remaining.put(order.orderId(), order.remainingCountFp().hundredths());
            } else {
                remaining.remove(order.orderId());
            }
        }
    }
}
