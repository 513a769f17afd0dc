package dev.kalshisim.sim.engine.event;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.ExchangeStatus;
import dev.kalshisim.core.model.Fill;
import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.MarketPosition;
import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.Settlement;
import dev.kalshisim.core.model.Trade;
import dev.kalshisim.core.model.WireValue;
import dev.kalshisim.sim.engine.result.CancelReason;

/**
 * A state change of the exchange, in the order the engine applied it.
 *
 * <p>{@code sequence} is global and gap-free from 1, so a journal or feed can detect loss;
 * {@code tsNanos} is the engine clock's epoch nanoseconds when the change was applied, the unit the
 * strategy events use too (consumers convert it to Kalshi's wire times where they write them).
 * Member-scoped events carry the member id so a feed can route them to that member's subscriptions only.
 */
public sealed interface ExchangeEvent {

    long sequence();

    long tsNanos();

    /**
     * A published book level changed: {@code side} is the bid ladder (YES bids, or NO bids priced
     * on the NO leg, as {@code orderbook_delta} sends them by default).
     *
     * @param delta signed change in size
     * @param newSize the level's size afterwards; zero means the level is gone
     * @param memberId owner of the order that caused the change
     * @param clientOrderId that order's client_order_id, if any (sent to its owner only)
     */
    record BookChanged(long sequence, long tsNanos, String ticker, OutcomeSide side, Price price, Count delta,
            Count newSize, String memberId, String clientOrderId) implements ExchangeEvent {
    }

    /** A public trade. */
    record TradeExecuted(long sequence, long tsNanos, Trade trade) implements ExchangeEvent {
    }

    /**
     * One of the member's orders filled.
     *
     * @param postPosition the member's position in the market after the fill (+YES, -NO)
     */
    record OrderFilled(long sequence, long tsNanos, String memberId, Fill fill, Count postPosition,
            String clientOrderId) implements ExchangeEvent {
    }

    /**
     * One of the member's orders was created, filled, amended, decreased or canceled.
     *
     * @param cancelReason why it stopped resting, when this change canceled it
     */
    record OrderUpdated(long sequence, long tsNanos, String memberId, Order order, CancelReason cancelReason)
            implements ExchangeEvent {
    }

    /**
     * The member's position in a market changed.
     *
     * @param volume contracts the member traded in this market
     * @param subaccount the member's ledger that holds the position, 0 for the primary
     */
    record PositionUpdated(long sequence, long tsNanos, String memberId, MarketPosition position, Count volume,
            int subaccount) implements ExchangeEvent {

        /** A change in the member's primary ledger. */
        public PositionUpdated(long sequence, long tsNanos, String memberId, MarketPosition position, Count volume) {
            this(sequence, tsNanos, memberId, position, volume, 0);
        }
    }

    /** A market was created or changed status or close time; {@code market} is its state afterwards. */
    record MarketLifecycleChanged(long sequence, long tsNanos, String ticker, Lifecycle type, Market market)
            implements ExchangeEvent {
    }

    /** The member received a settlement payout (possibly zero). */
    record SettlementPaid(long sequence, long tsNanos, String memberId, Settlement settlement)
            implements ExchangeEvent {
    }

    /** The exchange or trading was paused or resumed. */
    record ExchangeStatusChanged(long sequence, long tsNanos, ExchangeStatus status) implements ExchangeEvent {
    }

    /**
     * One of the member's order groups was created, triggered, reset, deleted or given a new limit.
     *
     * @param contractsLimit the group's limit, on {@code created} and {@code limit_updated} only (else null)
     */
    record OrderGroupChanged(long sequence, long tsNanos, String memberId, String orderGroupId, GroupChange change,
            Count contractsLimit) implements ExchangeEvent {
    }

    /** The kind of an order-group change, named like {@code order_group_updates.event_type}. */
    enum GroupChange implements WireValue {
        CREATED("created"),
        TRIGGERED("triggered"),
        RESET("reset"),
        DELETED("deleted"),
        LIMIT_UPDATED("limit_updated");

        private final String wire;

        GroupChange(String wire) {
            this.wire = wire;
        }

        @Override
        public String wire() {
            return wire;
        }
    }

    /** The kind of a market lifecycle change, named like {@code market_lifecycle_v2.event_type}. */
    enum Lifecycle implements WireValue {
        CREATED("created"),
        /** Opened at open_time, or reactivated after a pause. */
        ACTIVATED("activated"),
        DEACTIVATED("deactivated"),
        CLOSE_DATE_UPDATED("close_date_updated"),
        /** Reached close_time; Kalshi sends no lifecycle message for this, a feed may drop it. */
        CLOSED("closed"),
        DETERMINED("determined"),
        SETTLED("settled");

        private final String wire;

        Lifecycle(String wire) {
            this.wire = wire;
        }

        @Override
        public String wire() {
            return wire;
        }
    }
}
