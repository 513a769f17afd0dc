package dev.kalshisim.core.strategy;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;

/**
 * One of the strategy's orders traded (kalshi-api.md section 13, the {@code fill} channel).
 *
 * <p>A runner sends the fill first and then the {@link OrderUpdate} with the order's new filled
 * and remaining counts; the position the strategy sees is {@code postPosition}.
 *
 * @param tsNanos       epoch nanos of the fill
 * @param tradeId       the venue's trade id
 * @param orderId       the venue's order id
 * @param clientOrderId the strategy's id, or null for an order the strategy did not place
 * @param ticker        the market
 * @param side          the order's side: a bid fill bought YES, an ask fill sold YES
 * @param yesPrice      the fill price on the YES leg
 * @param count         contracts filled, positive
 * @param fee           the fee charged for this fill, not negative
 * @param taker         whether the order took liquidity
 * @param postPosition  the position in the market after the fill: YES contracts, negative for NO
 */
public record FillEvent(
        long tsNanos,
        String tradeId,
        String orderId,
        String clientOrderId,
        String ticker,
        BookSide side,
        Price yesPrice,
        Count count,
        Money fee,
        boolean taker,
        Count postPosition) implements StrategyEvent {

    public FillEvent {
        if (tradeId == null || orderId == null || ticker == null || side == null || yesPrice == null
                || count == null || fee == null || postPosition == null) {
            throw new IllegalArgumentException(
                    "a fill needs a trade id, order id, ticker, side, price, count, fee and post position");
        }
        if (!count.isPositive()) {
            throw new IllegalArgumentException("a fill's count must be positive: " + count + " on " + ticker);
        }
        if (fee.isNegative()) {
            throw new IllegalArgumentException("a fill's fee must not be negative: " + fee + " on " + ticker);
        }
    }

    /** The id the strategy knows the order by: the client order id when there is one. */
    public String id() {
        return clientOrderId != null ? clientOrderId : orderId;
    }

    /** The position change: +count for a bid (bought YES), -count for an ask. */
    public Count signedCount() {
        return side == BookSide.BID ? count : count.negate();
    }

    @Override
    public void deliverTo(Strategy strategy) {
        strategy.onFill(this);
    }
}
