package dev.kalshisim.kalshi.stream.book;

import dev.kalshisim.core.wire.stream.ChannelMessage;
import dev.kalshisim.core.wire.stream.ErrorReply;
import dev.kalshisim.core.wire.stream.MalformedMessage;
import dev.kalshisim.core.wire.stream.OrderbookDelta;
import dev.kalshisim.core.wire.stream.OrderbookSnapshot;
import dev.kalshisim.core.wire.stream.StreamMessage;
import dev.kalshisim.core.wire.stream.Unsubscribed;
import dev.kalshisim.core.wire.stream.UpdateOk;
import dev.kalshisim.core.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a {@link LocalOrderBook} for every market seen on a connection's {@code orderbook_delta}
 * subscriptions, and repairs books that may be wrong.
 *
 * <p>Sequence numbers count per subscription, so a gap on one subscription invalidates every book
 * it carries. Repair: the invalid markets are asked for fresh snapshots with
 * {@link BookFeed#requestSnapshot} (once per market until it is repaired, so a busy book cannot
 * cause a request storm); if that request fails, or no snapshot arrives within the snapshot
 * timeout, the subscription is reopened with {@link BookFeed#resubscribe}. A lost connection
 * invalidates every book; the client's resubscription after reconnecting brings fresh snapshots.
 * A book belongs to the subscription whose snapshot built it: deltas for it from any other
 * subscription are not applied, so a market subscribed twice is never counted twice.
 *
 * <p>Thread-safe. Messages are expected in order from one thread; timeouts run on the clock's
 * thread. Books may be read from any thread.
 */
public final class BookKeeper implements Consumer<StreamMessage> {

    private static final Logger LOG = LoggerFactory.getLogger(BookKeeper.class);

    private final BookFeed feed;
    private final Clock clock;
    private final long snapshotTimeoutNanos;
    private final Map<String, LocalOrderBook> books = new ConcurrentHashMap<>();
    private final List<BookListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<Long, SequenceTracker> sequences = new HashMap<>();
    private final MarketOwners owners = new MarketOwners();
    private final Map<String, Clock.Timer> recovering = new HashMap<>();
    private final Set<Long> resubscribing = new HashSet<>();

    /**
     * A keeper reading from {@code feed}.
     *
     * @param snapshotTimeoutNanos how long to wait for a requested snapshot before reopening the subscription
     */
    public BookKeeper(BookFeed feed, Clock clock, long snapshotTimeoutNanos) {
        this.feed = Objects.requireNonNull(feed, "feed");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (snapshotTimeoutNanos <= 0) {
            throw new IllegalArgumentException("snapshotTimeoutNanos must be positive: " + snapshotTimeoutNanos);
        }
        this.snapshotTimeoutNanos = snapshotTimeoutNanos;
    }

    /** The book of {@code marketTicker}, once any order-book message for it has arrived. */
    public Optional<LocalOrderBook> book(String marketTicker) {
        return Optional.ofNullable(books.get(marketTicker));
    }

    /** Every book, by market ticker; a live, unmodifiable view. */
    public Map<String, LocalOrderBook> books() {
        return Collections.unmodifiableMap(books);
    }

    /** Tells {@code listener} about every book change from now on. */
    public void addListener(BookListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Stops telling {@code listener}. */
    public void removeListener(BookListener listener) {
        listeners.remove(listener);
    }

    /** Reads one server message; everything but order-book traffic and its replies is ignored. */
    @Override
    public void accept(StreamMessage message) {
        Set<LocalOrderBook> changed = new LinkedHashSet<>();
        synchronized (this) {
            if (message instanceof ChannelMessage<?> channel && channel.msg() instanceof OrderbookSnapshot snapshot) {
                onSnapshot(channel.sid(), channel.seq(), snapshot, changed);
            } else if (message instanceof ChannelMessage<?> channel && channel.msg() instanceof OrderbookDelta delta) {
                onDelta(channel.sid(), channel.seq(), delta, changed);
            } else if (message instanceof UpdateOk ok && ok.sid() != null) {
                onUpdateOk(ok, changed);
            } else if (message instanceof Unsubscribed unsubscribed) {
                onUnsubscribed(unsubscribed.sid(), changed);
            } else if (message instanceof MalformedMessage malformed && malformed.sid() != null
                    && malformed.type().startsWith("orderbook_")) {
                onUnreadable(malformed, changed);
            } else if (message instanceof ErrorReply error && error.errorCode().isTerminal()) {
                onTerminalError(error, changed);
            }
        }
        notifyListeners(changed);
    }

    /** The connection dropped: every book is invalid until the resubscription's snapshots arrive. */
    public void connectionLost(String reason) {
        Set<LocalOrderBook> changed = new LinkedHashSet<>();
        synchronized (this) {
            for (LocalOrderBook book : books.values()) {
                invalidate(book, "connection lost: " + reason, changed);
            }
            recovering.values().forEach(Clock.Timer::cancel);
            recovering.clear();
            sequences.clear();
            owners.clear();
            resubscribing.clear();
        }
        notifyListeners(changed);
    }

    private void onSnapshot(long sid, Long seq, OrderbookSnapshot snapshot, Set<LocalOrderBook> changed) {
        String ticker = snapshot.marketTicker();
        LocalOrderBook book = bookFor(ticker, sid);
        SequenceTracker.Verdict verdict = check(sid, seq);
        ApplyResult result = book.applySnapshot(sid, seq == null ? 0 : seq, snapshot, feed.pricingOf(sid));
        changed.add(book);
        Clock.Timer pending = recovering.remove(ticker);
        if (pending != null) {
            pending.cancel();
        }
        if (verdict == SequenceTracker.Verdict.GAP) {
            // The snapshot itself is whole, but a message for another market of this subscription was lost.
            List<String> others = new ArrayList<>(owners.marketsOf(sid));
            others.remove(ticker);
            repair(sid, others, "sequence gap before snapshot seq " + seq, changed);
        }
        if (result == ApplyResult.REJECTED) {
            repair(sid, List.of(ticker), book.snapshot().invalidReason(), changed);
        }
    }

    private void onDelta(long sid, Long seq, OrderbookDelta delta, Set<LocalOrderBook> changed) {
        String ticker = delta.marketTicker();
        long previous = sequences.containsKey(sid) ? sequences.get(sid).last() : 0;
        SequenceTracker.Verdict verdict = check(sid, seq);
        Long owner = owners.ownerOf(ticker);
        if (owner != null && owner != sid) {
            // Another subscription's snapshot built this book; applying both streams would count every change twice.
            if (verdict == SequenceTracker.Verdict.GAP) {
                repair(sid, owners.marketsOf(sid), "sequence gap: seq " + seq + " after " + previous, changed);
            }
            return;
        }
        LocalOrderBook book = bookFor(ticker, sid);
        if (verdict == SequenceTracker.Verdict.GAP) {
            repair(sid, owners.marketsOf(sid), "sequence gap: seq " + seq + " after " + previous, changed);
            return;
        }
        ApplyResult result = book.applyDelta(sid, seq == null ? 0 : seq, delta, feed.pricingOf(sid));
        if (result == ApplyResult.APPLIED) {
            changed.add(book);
        } else if (result == ApplyResult.REJECTED) {
            changed.add(book);
            repair(sid, List.of(delta.marketTicker()), book.snapshot().invalidReason(), changed);
        }
    }

    private void onUpdateOk(UpdateOk ok, Set<LocalOrderBook> changed) {
        long sid = ok.sid();
        SequenceTracker tracker = sequences.get(sid);
        if (tracker != null && ok.seq() != null) {
            long previous = tracker.last();
            if (tracker.onReply(ok.seq()) == SequenceTracker.Verdict.GAP) {
                repair(sid, owners.marketsOf(sid), "sequence gap: reply seq " + ok.seq() + " after " + previous,
                        changed);
            }
        }
        if (ok.msg() != null && ok.msg().marketTickers() != null) {
            // The reply lists the subscription's markets after the update: books of removed ones go stale.
            for (String ticker : owners.marketsOf(sid)) {
                if (!ok.msg().marketTickers().contains(ticker)) {
                    forget(ticker, "removed from subscription " + sid, changed);
                }
            }
        }
    }

    private void onUnsubscribed(long sid, Set<LocalOrderBook> changed) {
        sequences.remove(sid);
        resubscribing.remove(sid);
        for (String ticker : owners.marketsOf(sid)) {
            forget(ticker, "subscription " + sid + " ended", changed);
        }
        owners.forgetSubscription(sid);
    }

    private void onUnreadable(MalformedMessage malformed, Set<LocalOrderBook> changed) {
        long sid = malformed.sid();
        if (malformed.seq() != null) {
            check(sid, malformed.seq());
        }
        // The lost message's market may be one this keeper has never seen, so only a full reopen is sure to cover it.
        for (String ticker : owners.marketsOf(sid)) {
            invalidate(books.get(ticker), "unreadable message: " + malformed.error(), changed);
        }
        reopen(sid);
    }

    /**
     * A terminal channel error (10, 17, 25) does not say which subscription died, and messages may
     * have been dropped before it: every book is repaired. The client restores the dead
     * subscription; the others answer the snapshot request.
     */
    private void onTerminalError(ErrorReply error, Set<LocalOrderBook> changed) {
        owners.all().forEach((sid, markets) -> repair(sid, markets,
                "terminal channel error " + error.msg().code() + ": " + error.msg().msg(), changed));
    }

    private SequenceTracker.Verdict check(long sid, Long seq) {
        if (seq == null) {
            return SequenceTracker.Verdict.IGNORED;
        }
        return sequences.computeIfAbsent(sid, ignored -> new SequenceTracker()).onMessage(seq);
    }

    private LocalOrderBook bookFor(String ticker, long sid) {
        LocalOrderBook book = books.computeIfAbsent(ticker, LocalOrderBook::new);
        owners.claim(ticker, sid);
        return book;
    }

    /** Invalidates {@code tickers} and asks once for their snapshots; markets already being repaired are not asked again. */
    private void repair(long sid, Collection<String> tickers, String reason, Set<LocalOrderBook> changed) {
        List<String> toRequest = new ArrayList<>();
        for (String ticker : tickers) {
            invalidate(books.get(ticker), reason, changed);
            if (!recovering.containsKey(ticker)) {
                recovering.put(ticker, clock.scheduleAfter(snapshotTimeoutNanos, () -> snapshotOverdue(sid, ticker)));
                toRequest.add(ticker);
            }
        }
        if (toRequest.isEmpty()) {
            return;
        }
        feed.requestSnapshot(sid, toRequest).whenComplete((ignored, failure) -> {
            if (failure != null) {
                snapshotRefused(sid, toRequest);
            }
        });
    }

    private synchronized void snapshotRefused(long sid, List<String> tickers) {
        if (tickers.stream().anyMatch(recovering::containsKey)) {
            reopen(sid);
        }
    }

    private synchronized void snapshotOverdue(long sid, String ticker) {
        if (recovering.remove(ticker) != null && Objects.equals(owners.ownerOf(ticker), sid)) {
            reopen(sid);
        }
    }

    private void reopen(long sid) {
        if (resubscribing.add(sid)) {
            feed.resubscribe(sid);
        }
    }

    private void forget(String ticker, String reason, Set<LocalOrderBook> changed) {
        invalidate(books.get(ticker), reason, changed);
        owners.release(ticker);
        Clock.Timer pending = recovering.remove(ticker);
        if (pending != null) {
            pending.cancel();
        }
    }

    private static void invalidate(LocalOrderBook book, String reason, Set<LocalOrderBook> changed) {
        if (book != null && book.state() != BookState.INVALID) {
            book.invalidate(reason);
            changed.add(book);
        }
    }

    private void notifyListeners(Set<LocalOrderBook> changed) {
        for (LocalOrderBook book : changed) {
            for (BookListener listener : listeners) {
                try {
                    listener.onBookChanged(book);
                } catch (RuntimeException e) {
                    // One failing listener must not starve the others of updates.
                    LOG.warn("book listener failed on {}", book.marketTicker(), e);
                }
            }
        }
    }
}
