package dev.kalshisim.sim.wire;

import dev.kalshisim.core.model.Fill;
import dev.kalshisim.core.model.MarketPosition;
import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.wire.stream.FillUpdate;
import dev.kalshisim.core.wire.stream.MarketPositionUpdate;
import dev.kalshisim.core.wire.stream.UserOrderUpdate;
import dev.kalshisim.sim.engine.event.ExchangeEvent;
import java.time.Instant;

/** Builds the private channels' message bodies (fill, user order, position) from engine events. Stateless. */
public final class MemberPayloads {

    private MemberPayloads() {
    }

    /** The {@code fill} body; {@code purchased_side} (deprecated) is the outcome the fill bought exposure to. */
    public static FillUpdate fill(ExchangeEvent.OrderFilled filled) {
        Fill fill = filled.fill();
        long millis = fill.createdTime().toEpochMilli();
        Integer subaccount = fill.subaccountNumber() == null || fill.subaccountNumber() == 0 ? null
                : fill.subaccountNumber();
        return new FillUpdate(fill.tradeId(), fill.orderId(), fill.ticker(),
                fill.exchangeIndex() == null ? 0 : fill.exchangeIndex(), fill.isTaker(), fill.side(),
                fill.yesPriceDollars(), fill.countFp(), fill.feeCost(), fill.action(), fill.outcomeSide(),
                fill.bookSide(), Math.floorDiv(millis, 1000L), millis, filled.clientOrderId(), filled.postPosition(),
                fill.outcomeSide(), subaccount);
    }

    /** The {@code user_order} body: the REST order plus millisecond times; a missing client order id is sent as "". */
    public static UserOrderUpdate userOrder(ExchangeEvent.OrderUpdated updated) {
        Order order = updated.order();
        return new UserOrderUpdate(order.orderId(), order.userId() == null ? updated.memberId() : order.userId(),
                order.ticker(), order.status(), order.side(), order.side() == OutcomeSide.YES, order.outcomeSide(),
                order.bookSide(), order.yesPriceDollars(), order.fillCountFp(), order.remainingCountFp(),
                order.initialCountFp(), order.takerFillCostDollars(), order.makerFillCostDollars(),
                order.takerFeesDollars(), order.makerFeesDollars(),
                order.clientOrderId() == null ? "" : order.clientOrderId(), order.orderGroupId(),
                order.selfTradePreventionType(), text(order.createdTime()), millis(order.createdTime()),
                text(order.lastUpdateTime()), millis(order.lastUpdateTime()), text(order.expirationTime()),
                millis(order.expirationTime()), order.subaccountNumber() == null ? 0 : order.subaccountNumber());
    }

    /**
     * The {@code market_position} body. {@code position_cost_dollars} is the REST
     * {@code market_exposure_dollars}; the simulator does not split fees between open and closed
     * contracts, so {@code position_fee_cost_dollars} repeats {@code fees_paid_dollars}.
     */
    public static MarketPositionUpdate position(ExchangeEvent.PositionUpdated updated) {
        MarketPosition position = updated.position();
        return new MarketPositionUpdate(updated.memberId(), position.ticker(), position.positionFp(),
                position.marketExposureDollars(), position.realizedPnlDollars(), position.feesPaidDollars(),
                position.feesPaidDollars(), updated.volume(), updated.subaccount() == 0 ? null : updated.subaccount());
    }

    private static String text(Instant time) {
        return time == null ? null : time.toString();
    }

    private static Long millis(Instant time) {
        return time == null ? null : time.toEpochMilli();
    }
}
