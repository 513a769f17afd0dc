package dev.kalshisim.core.runtime;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.strategy.FillEvent;
import dev.kalshisim.core.strategy.StrategyEvent;
import dev.kalshisim.core.wire.stream.FillUpdate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns {@code fill} messages into {@link FillEvent}s: drops repeats, keeps fills of orders not
 * known yet until they are claimed or overdue, and fills in what an older server leaves out.
 * Confined to the strategy thread.
 */
final class FillTranslator {

    private static final Logger LOG = LoggerFactory.getLogger(FillTranslator.class);
    private static final int SEEN_MEMORY = 10_000;

    private final Function<String, Count> positions;
    private final Set<String> seen = new LinkedHashSet<>();
    private final List<Waiting> waiting = new ArrayList<>();

    /** Translates fills; {@code positions} gives a market's position when a fill omits the one after it. */
    FillTranslator(Function<String, Count> positions) {
        this.positions = positions;
    }

    /** Whether this fill has not been seen before (a resubscription may repeat one). */
    boolean firstTime(FillUpdate message) {
        String key = message.tradeId() + "/" + message.orderId();
        if (!seen.add(key)) {
            return false;
        }
        if (seen.size() > SEEN_MEMORY) {
            Iterator<String> oldest = seen.iterator();
            oldest.next();
            oldest.remove();
        }
        return true;
    }

    /** Keeps a fill whose order is not known yet. */
    void hold(FillUpdate message, long sinceNanos) {
        waiting.add(new Waiting(message, sinceNanos));
    }

    boolean holdsAnything() {
        return !waiting.isEmpty();
    }

    /** Removes and returns the held fills of the order with these ids. */
    List<FillUpdate> claim(String orderId, String clientOrderId) {
        List<FillUpdate> claimed = new ArrayList<>();
        for (Iterator<Waiting> it = waiting.iterator(); it.hasNext(); ) {
            FillUpdate message = it.next().message;
            boolean byOrderId = orderId != null && orderId.equals(message.orderId());
            boolean byClientId = clientOrderId != null && clientOrderId.equals(message.clientOrderId());
            if (byOrderId || byClientId) {
                claimed.add(message);
                it.remove();
            }
        }
        return claimed;
    }

    /** Removes and returns the fills held since {@code cutoffNanos} or earlier. */
    List<FillUpdate> overdue(long cutoffNanos) {
        List<FillUpdate> due = new ArrayList<>();
        for (Iterator<Waiting> it = waiting.iterator(); it.hasNext(); ) {
            Waiting next = it.next();
            if (next.sinceNanos <= cutoffNanos) {
                due.add(next.message);
                it.remove();
            }
        }
        return due;
    }

    /**
     * The fill event of {@code message}, for {@code entry} (null when the order is not the run's);
     * empty, and logged, when the message lacks what a fill needs.
     */
    List<StrategyEvent> toEvents(TrackedOrder entry, FillUpdate message, long tsNanos) {
        String ticker = message.marketTicker() != null ? message.marketTicker() : entry == null ? null : entry.ticker;
        BookSide side = entry != null ? entry.side : sideOf(message);
        Count count = message.countFp();
        if (message.tradeId() == null || message.orderId() == null || ticker == null || side == null
                || message.yesPriceDollars() == null || count == null || !count.isPositive()) {
            LOG.warn("ignoring a fill message without trade id, order id, market, side, price or count: {}", message);
            return List.of();
        }
        Count signed = side == BookSide.BID ? count : count.negate();
        Count postPosition = message.postPositionFp() != null ? message.postPositionFp()
                : positions.apply(ticker).plus(signed);
        // The strategy API counts rebates nowhere; a negative fee would be one.
        Money fee = message.feeCost() == null ? Money.ZERO : Money.max(Money.ZERO, message.feeCost());
        String clientOrderId = entry != null ? entry.clientOrderId : message.clientOrderId();
        return List.of(new FillEvent(tsNanos, message.tradeId(), message.orderId(), clientOrderId, ticker, side,
                message.yesPriceDollars(), count, fee, Boolean.TRUE.equals(message.isTaker()), postPosition));
    }

    /** The order's side: its book side, or else its outcome side (YES is the bid). */
    static BookSide sideOf(FillUpdate message) {
        if (message.bookSide() != null) {
            return message.bookSide();
        }
        return message.outcomeSide() == null ? null : message.outcomeSide().bookSideWhenBuying();
    }

    private record Waiting(FillUpdate message, long sinceNanos) {
        Waiting {
            Objects.requireNonNull(message, "message");
        }
    }
}
