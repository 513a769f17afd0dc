package dev.kalshisim.strategies;

import dev.kalshisim.core.strategy.OrderState;
import dev.kalshisim.core.strategy.OrderUpdate;
import dev.kalshisim.core.strategy.Rejection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code load} strategy's own orders, by client order id, and the outcome of each request about
 * them: which are open (for the resting cap), which rest and may be cancelled (oldest first), which
 * creates, batches and cancels are still waiting for their answer, and what that answer was.
 *
 * <p>Only orders it placed are ever listed, so a cancel can only reach its own orders. The first
 * update of an order answers its create (or its batch, once, by its first order); the next update
 * of an order being cancelled answers the cancel: cancelled is ok; an unchanged order with a reason
 * is a refused cancel, and the order goes back to the head of the queue, to be cancelled next.
 */
final class LoadOrders {

    /** Open orders: sent and not finished. The value orders them oldest first. */
    private final Map<String, Long> open = new HashMap<>();
    /** Orders that rest and are not being cancelled, oldest first. */
    private final TreeMap<Long, String> cancellable = new TreeMap<>();
    /** Orders whose create or batch has not been answered, with the request they came in. */
    private final Map<String, Request> unanswered = new HashMap<>();
    /** Orders with a cancel in flight. */
    private final Set<String> cancelling = new HashSet<>();
    private final LoadTally tally;
    private long sequence;

    LoadOrders(LoadTally tally) {
        this.tally = tally;
    }

    /** Orders open now: sent, resting or being cancelled. */
    int openCount() {
        return open.size();
    }

    /** Records one create's order. */
    void created(String id) {
        track(id, new Request(LoadKind.CREATE));
    }

    /** Records one batch's orders. */
    void batched(List<String> ids) {
        Request batch = new Request(LoadKind.BATCH);
        ids.forEach(id -> track(id, batch));
    }

    /** Its open orders with no cancel in flight, oldest first, each now marked as being cancelled. */
    List<String> takeAll() {
        List<String> ids = new ArrayList<>();
        open.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .filter(id -> !cancelling.contains(id)).forEach(ids::add);
        cancellable.clear();
        cancelling.addAll(ids);
        return ids;
    }

    /** Takes the oldest cancellable order for a cancel, or null when none rests. */
    String takeOldest() {
        var oldest = cancellable.pollFirstEntry();
        if (oldest == null) {
            return null;
        }
        cancelling.add(oldest.getValue());
        return oldest.getValue();
    }

    /** The order {@link #takeOldest} gave was unknown to the context after all (already finished). */
    void vanished(String id) {
        cancelling.remove(id);
        open.remove(id);
    }

    /** Applies the venue's news about an order and counts the answer it carries. */
    void apply(OrderUpdate update) {
        String id = update.id();
        Long age = open.get(id);
        if (age == null) {
            // Not one of its orders, or one already finished.
            return;
        }
        Request request = unanswered.remove(id);
        if (request != null) {
            request.answered(update, tally);
        } else if (cancelling.contains(id)) {
            answerCancel(id, age, update);
        }
        if (update.state().isTerminal()) {
            open.remove(id);
            cancellable.remove(age);
            cancelling.remove(id);
        } else if (!cancelling.contains(id)) {
            // Resting (accepted, resting or part filled): it may be cancelled.
            cancellable.put(age, id);
        }
    }

    private void answerCancel(String id, long age, OrderUpdate update) {
        if (update.state() == OrderState.CANCELED) {
            tally.ok(LoadKind.CANCEL);
        } else if (update.state().isTerminal()) {
            // Filled (or rejected) before the cancel took: the cancel did not do its job.
            tally.rejected(LoadKind.CANCEL);
        } else if (update.reason() != null) {
            count(LoadKind.CANCEL, update.rejection(), tally);
            cancelling.remove(id);
            cancellable.put(age, id);
        }
        // Otherwise news of a fill while the cancel is in flight: its answer is still to come.
    }

    private void track(String id, Request request) {
        open.put(id, sequence++);
        unanswered.put(id, request);
    }

    /** A refusal counted as 429 or as another rejection. */
    private static void count(LoadKind kind, Rejection rejection, LoadTally tally) {
        if (rejection != null && rejection.isRateLimited()) {
            tally.rateLimited(kind);
        } else {
            tally.rejected(kind);
        }
    }

    /** One create or batch request, answered once, by the first update of any of its orders. */
    private static final class Request {

        private final LoadKind kind;
        private boolean answered;

        Request(LoadKind kind) {
            this.kind = kind;
        }

        void answered(OrderUpdate update, LoadTally tally) {
            if (answered) {
                return;
            }
            answered = true;
            Rejection rejection = update.rejection();
            boolean refusedOneItem = kind == LoadKind.BATCH && rejection != null
                    && rejection.httpStatus() == Rejection.NO_STATUS;
            if (update.state() != OrderState.REJECTED || refusedOneItem) {
                // A batch the venue answered counts as answered even when it refused some of its orders.
                tally.ok(kind);
            } else {
                count(kind, rejection, tally);
            }
        }
    }
}
