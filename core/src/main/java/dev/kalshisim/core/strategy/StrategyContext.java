package dev.kalshisim.core.strategy;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What a strategy can see and do: the clock, books, positions, balance, its open orders, and
 * asynchronous order commands.
 *
 * <p><b>Commands are asynchronous.</b> {@link #submit} returns a client order id at once and
 * nothing else: acceptance, rejection and fills arrive later as {@link OrderUpdate} and
 * {@link FillEvent}, never inside the call, in a backtest as in live trading. Until then the order
 * is listed by {@link #openOrders} as {@link OrderState#SUBMITTED}; a cancelled order stays listed
 * with {@link OpenOrder#cancelRequested()} until the venue confirms, since it may still fill.
 *
 * <p><b>Reads are the strategy's own view</b>, kept from the events it was sent: the last book of
 * each market, the position after the last fill, the open orders after the last update. They
 * never block and never call the venue.
 *
 * <p>Only the strategy's thread may call a context, from a callback, until {@link Strategy#onStop()}
 * returns; any other use throws {@link IllegalStateException}.
 */
public interface StrategyContext {

    /** The clock of this run: wall time live, virtual time in a backtest. */
    Clock clock();

    /** The run's parameters ({@code --param k=v}). */
    StrategyParameters parameters();

    /**
     * Sends a new order and returns its client order id: the request's own, or one assigned here
     * (unique within the run, and across runs when live).
     *
     * @throws IllegalArgumentException if the client order id is already in use by an open order
     */
    String submit(OrderRequest request);

    /**
     * Sends several orders as one batch and returns their client order ids in the same order; each
     * order succeeds or fails on its own.
     */
    List<String> submitBatch(List<OrderRequest> requests);

    /**
     * Asks to cancel an open order, by client order id or venue order id. Returns false, sending
     * nothing, when no open order has that id (it may have just finished).
     */
    boolean cancel(String orderIdOrClientOrderId);

    /**
     * Asks to change an open order's price and size, keeping its id. {@code totalCount} is the new
     * total, filled plus the desired remaining, as on Kalshi. Returns false, sending nothing, when
     * no open order has that id.
     */
    boolean amend(String orderIdOrClientOrderId, Price yesPrice, Count totalCount);

    /**
     * Asks to take {@code reduceBy} off an open order's remaining count, keeping its place in the
     * queue. Returns false, sending nothing, when no open order has that id.
     */
    boolean decrease(String orderIdOrClientOrderId, Count reduceBy);

    /**
     * Asks to shrink an open order's remaining count to {@code remaining}, keeping its place in the
     * queue. Returns false, sending nothing, when no open order has that id.
     */
    boolean decreaseTo(String orderIdOrClientOrderId, Count remaining);

    /**
     * Asks to cancel all of the strategy's open orders in {@code ticker}, or in every market when it
     * is null, and returns how many. Orders the strategy does not know of are left alone.
     */
    int cancelAll(String ticker);

    /** The last book seen for {@code ticker}; an empty book before the first update. */
    BookView book(String ticker);

    /** The position in {@code ticker}: YES contracts, negative for NO; zero before any fill. */
    Count position(String ticker);

    /** The account's available cash as the runner last knew it. */
    Money balance();

    /**
     * The strategy's open orders in {@code ticker}, or in every market when it is null, in the
     * order they were first seen.
     */
    List<OpenOrder> openOrders(String ticker);

    /**
     * Schedules {@link Strategy#onTimer} once at {@code atNanos} (epoch nanos; a time already past
     * fires as soon as possible). A timer of the same name is replaced.
     */
    void scheduleTimer(String name, long atNanos);

    /**
     * Schedules {@link Strategy#onTimer} every {@code periodNanos}, the first one period from now.
     * A timer of the same name is replaced. A late delivery does not shift later ones; missed
     * periods are skipped, not delivered in a burst.
     */
    void scheduleEvery(String name, long periodNanos);

    /** Cancels the timer of that name; returns whether there was one. */
    boolean cancelTimer(String name);

    /**
     * Every market this run offers, when the runner knows them all (a backtest: the recording's
     * markets), in a stable order; empty when it does not (live), so a strategy that trades "all
     * markets" by default must then be told which.
     */
    default Set<String> markets() {
        return Set.of();
    }

    /** Asks for book, trade and lifecycle events of these markets (already wanted ones are ignored). */
    void subscribe(Collection<String> tickers);

    /**
     * Asks the venue for {@code ticker}'s order book now, over REST; the answer arrives later as
     * a {@link BookReply} through {@link Strategy#onBookReply}. Each call is one request against
     * the venue's rate limits, unlike {@link #book}, which reads the subscribed stream's copy.
     */
    void requestBook(String ticker);

    /** Writes a line to the run's log, stamped with the clock's time and the strategy's name. */
    void log(String message);
}
