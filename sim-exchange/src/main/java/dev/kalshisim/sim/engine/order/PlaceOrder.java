package dev.kalshisim.sim.engine.order;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.SelfTradePrevention;
import dev.kalshisim.core.model.TimeInForce;
import dev.kalshisim.sim.engine.result.RejectReason;
import java.time.Instant;
import java.util.Objects;

/**
 * Places one V2 order ({@code POST /portfolio/events/orders}): a bid at p buys YES at p, an ask at
 * p sells YES at p, i.e. buys NO at 1 - p.
 *
 * <p>Values Kalshi validates (price on the grid, count above zero, expiration in the future) are
 * checked by the engine and refused with a {@link RejectReason}; only missing required fields throw.
 *
 * @param memberId the member placing the order
 * @param ticker the market
 * @param side bid or ask on the YES ladder
 * @param price the YES price
 * @param count contracts, hundredths allowed
 * @param timeInForce GTC (optionally with {@code expirationTime}), IOC or FOK
 * @param selfTradePrevention what to do when meeting the member's own resting order
 * @param clientOrderId the member's dedup key among open orders; null for none
 * @param expirationTime when a GTC order expires; null for never
 * @param postOnly refuse (or cancel) instead of taking liquidity
 * @param reduceOnly cap the count by the position it reduces
 * @param cancelOnPause cancel when a trading or exchange pause begins
 * @param subaccount 0 = primary, 1-63 numbered; echoed only
 * @param orderGroupId echoed only; order groups are not enforced yet
 */
public record PlaceOrder(
        String memberId,
        String ticker,
        BookSide side,
        Price price,
        Count count,
        TimeInForce timeInForce,
        SelfTradePrevention selfTradePrevention,
        String clientOrderId,
        Instant expirationTime,
        boolean postOnly,
        boolean reduceOnly,
        boolean cancelOnPause,
        int subaccount,
        String orderGroupId) {

    public PlaceOrder {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(timeInForce, "timeInForce");
        Objects.requireNonNull(selfTradePrevention, "selfTradePrevention");
    }

    /** A good-till-canceled, taker_at_cross limit order with no options. */
    public static PlaceOrder limit(String memberId, String ticker, BookSide side, Price price, Count count) {
        return new PlaceOrder(memberId, ticker, side, price, count, TimeInForce.GOOD_TILL_CANCELED,
                SelfTradePrevention.TAKER_AT_CROSS, null, null, false, false, false, 0, null);
    }

    /** A bid (buy YES) at {@code price}. */
    public static PlaceOrder bid(String memberId, String ticker, Price price, Count count) {
        return limit(memberId, ticker, BookSide.BID, price, count);
    }

    /** An ask (sell YES, i.e. buy NO at 1 - price) at YES {@code price}. */
    public static PlaceOrder ask(String memberId, String ticker, Price price, Count count) {
        return limit(memberId, ticker, BookSide.ASK, price, count);
    }

    public PlaceOrder withTimeInForce(TimeInForce value) {
        return new PlaceOrder(memberId, ticker, side, price, count, value, selfTradePrevention, clientOrderId,
                expirationTime, postOnly, reduceOnly, cancelOnPause, subaccount, orderGroupId);
    }

    public PlaceOrder withSelfTradePrevention(SelfTradePrevention value) {
        return new PlaceOrder(memberId, ticker, side, price, count, timeInForce, value, clientOrderId,
                expirationTime, postOnly, reduceOnly, cancelOnPause, subaccount, orderGroupId);
    }

    public PlaceOrder withClientOrderId(String value) {
        return new PlaceOrder(memberId, ticker, side, price, count, timeInForce, selfTradePrevention, value,
                expirationTime, postOnly, reduceOnly, cancelOnPause, subaccount, orderGroupId);
    }

    public PlaceOrder withExpirationTime(Instant value) {
        return new PlaceOrder(memberId, ticker, side, price, count, timeInForce, selfTradePrevention, clientOrderId,
                value, postOnly, reduceOnly, cancelOnPause, subaccount, orderGroupId);
    }

    public PlaceOrder withPostOnly(boolean value) {
        return new PlaceOrder(memberId, ticker, side, price, count, timeInForce, selfTradePrevention, clientOrderId,
                expirationTime, value, reduceOnly, cancelOnPause, subaccount, orderGroupId);
    }

    public PlaceOrder withReduceOnly(boolean value) {
        return new PlaceOrder(memberId, ticker, side, price, count, timeInForce, selfTradePrevention, clientOrderId,
                expirationTime, postOnly, value, cancelOnPause, subaccount, orderGroupId);
    }

    public PlaceOrder withCancelOnPause(boolean value) {
        return new PlaceOrder(memberId, ticker, side, price, count, timeInForce, selfTradePrevention, clientOrderId,
                expirationTime, postOnly, reduceOnly, value, subaccount, orderGroupId);
    }

    public PlaceOrder withSubaccount(int value) {
        return new PlaceOrder(memberId, ticker, side, price, count, timeInForce, selfTradePrevention, clientOrderId,
                expirationTime, postOnly, reduceOnly, cancelOnPause, value, orderGroupId);
    }

    public PlaceOrder withOrderGroupId(String value) {
        return new PlaceOrder(memberId, ticker, side, price, count, timeInForce, selfTradePrevention, clientOrderId,
                expirationTime, postOnly, reduceOnly, cancelOnPause, subaccount, value);
    }
}
