package dev.kalshisim.data.book;

import dev.kalshisim.core.model.AggregatedBook;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OrderbookLevel;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.data.event.BookDelta;
import dev.kalshisim.data.event.BookSnapshot;
import dev.kalshisim.data.event.Level;
import dev.kalshisim.data.event.MarketEvent;
import dev.kalshisim.data.normalize.MessageNormalizer;
import dev.kalshisim.data.normalize.NormalizedMessage;
import dev.kalshisim.data.recording.RecordedMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rebuilds each market's book from its snapshots and deltas, checks every subscription's
 * {@code seq} for gaps, and compares each later snapshot with the book rebuilt so far.
 *
 * <p>A snapshot that arrives for a book already built is compared level by level: equal, or a
 * {@link BookDivergence} naming the market, the snapshot's seq, and each level with the size
 * expected and the size built, and the seq of the delta that last touched it. Either way the
 * snapshot then becomes the book (a resync). After a {@link SequenceGap} the books on that
 * subscription are not compared until their next snapshot, which resyncs them: a gap already
 * explains any difference. So does a restart of the subscription's seq at 1, and a snapshot that
 * arrives on a new subscription (a resubscribe). A REST snapshot carries no seq, so a difference against one may also be
 * a race between the REST call and the stream; it is reported all the same.
 *
 * <p>Memory is one book per market plus the first {@link #KEPT} gaps and divergences (all are
 * counted): a long recording does not grow it.
 */
public final class BookReplayer {

    /** How many gaps and divergences are kept for the report; more are only counted. */
    public static final int KEPT = 1_000;

    private final Map<String, MarketBook> books = new HashMap<>();
    private final Map<Long, Long> lastSeqBySid = new HashMap<>();
    private final List<SequenceGap> gaps = new ArrayList<>();
    private final List<BookDivergence> divergences = new ArrayList<>();
    private long gapCount;
    private long divergenceCount;
    private long snapshotsCompared;
    private long snapshotsMatched;
    private long deltasApplied;
    private long deltasWithoutBook;

    /** Replays every message of {@code messages}, normalized by {@code normalizer}. */
    public static BookReplayer replay(Iterator<RecordedMessage> messages, MessageNormalizer normalizer) {
        BookReplayer replayer = new BookReplayer();
        while (messages.hasNext()) {
            RecordedMessage message = messages.next();
            replayer.accept(message.recvNanos(), normalizer.read(message));
        }
        return replayer;
    }

    /**
     * Takes one normalized message received at {@code recvNanos}: its sequence number (even with no
     * events, as an {@code ok} has), then its events.
     */
    public void accept(long recvNanos, NormalizedMessage message) {
        if (message.hasSequence()) {
            checkSequence(message.sid(), message.seq(), recvNanos);
        }
        for (MarketEvent event : message.events()) {
            accept(event);
        }
    }

    /** Takes one event; events other than book snapshots and deltas are ignored. */
    public void accept(MarketEvent event) {
        if (event instanceof BookSnapshot snapshot) {
            snapshot(snapshot);
        } else if (event instanceof BookDelta delta) {
            delta(delta);
        }
    }

    private void checkSequence(long sid, long seq, long recvNanos) {
        Long last = lastSeqBySid.put(sid, seq);
        if (last == null || seq == last + 1) {
            return;
        }
        // seq 1 again starts the subscription afresh (a resubscribe after a reconnect may reuse
        // the sid): not a gap in the stream, but what happened while disconnected was not seen.
        if (seq != 1) {
            gapCount++;
            if (gaps.size() < KEPT) {
                gaps.add(new SequenceGap(sid, last + 1, seq, recvNanos));
            }
        }
        for (MarketBook book : books.values()) {
            if (book.sid == sid) {
                book.trusted = false;
            }
        }
    }

    private void snapshot(BookSnapshot snapshot) {
        MarketBook book = books.get(snapshot.ticker());
        if (book == null) {
            book = new MarketBook();
            books.put(snapshot.ticker(), book);
        } else if (book.trusted && (snapshot.sid() == 0 || book.sid == 0 || snapshot.sid() == book.sid)) {
            // A snapshot on another subscription than the book's deltas came on follows a
            // resubscribe: what happened in between was not seen, so it resyncs, unjudged.
            compare(book, snapshot);
        }
        book.reset(snapshot);
    }

    private void compare(MarketBook book, BookSnapshot snapshot) {
        snapshotsCompared++;
        AggregatedBook expected = new AggregatedBook();
        put(expected, OutcomeSide.YES, snapshot.yesBids());
        put(expected, OutcomeSide.NO, snapshot.noBids());
        if (expected.equals(book.levels)) {
            snapshotsMatched++;
            return;
        }
        List<LevelDifference> differences = new ArrayList<>();
        for (OutcomeSide side : OutcomeSide.values()) {
            Set<Price> prices = new TreeSet<>();
            expected.bidsAscending(side).forEach(l -> prices.add(l.price()));
            book.levels.bidsAscending(side).forEach(l -> prices.add(l.price()));
            for (Price price : prices) {
                Count want = expected.size(side, price);
                Count have = book.levels.size(side, price);
                if (!want.equals(have)) {
                    differences.add(new LevelDifference(side, price, want, have, book.lastSeq(side, price)));
                }
            }
        }
        diverged(new BookDivergence(BookDivergence.Kind.SNAPSHOT_MISMATCH, snapshot.ticker(), snapshot.sid(),
                snapshot.seq(), snapshot.recvNanos(), differences));
    }

    private void delta(BookDelta delta) {
        MarketBook book = books.get(delta.ticker());
        if (book == null) {
            // The stream started before this market's snapshot: nothing to apply it to.
            deltasWithoutBook++;
            return;
        }
        deltasApplied++;
        Count before = book.levels.size(delta.side(), delta.price());
        Count after = book.levels.sizeAfter(delta.side(), delta.price(), delta.delta());
        book.touched(delta.side(), delta.price(), delta.sid(), delta.seq());
        if (after.isNegative()) {
            diverged(new BookDivergence(BookDivergence.Kind.NEGATIVE_LEVEL, delta.ticker(), delta.sid(), delta.seq(),
                    delta.recvNanos(), List.of(new LevelDifference(delta.side(), delta.price(), before, after,
                            delta.seq()))));
            // The level cannot be known now; empty it so the replay goes on and the next snapshot resyncs.
            book.levels.set(delta.side(), delta.price(), Count.ZERO);
            book.trusted = false;
            return;
        }
        book.levels.set(delta.side(), delta.price(), after);
    }

    private void diverged(BookDivergence divergence) {
        divergenceCount++;
        if (divergences.size() < KEPT) {
            divergences.add(divergence);
        }
    }

    private static void put(AggregatedBook book, OutcomeSide side, List<Level> levels) {
        for (Level level : levels) {
            // Kalshi lists each price once; should a source repeat one, the sizes add up.
            book.add(side, level.price(), level.size());
        }
    }

    /** The book rebuilt so far for {@code ticker}, as an immutable copy. */
    public Optional<AggregatedBook> book(String ticker) {
        MarketBook book = books.get(ticker);
        return book == null ? Optional.empty() : Optional.of(book.levels.immutableCopy());
    }

    /** The best bid of {@code side} in {@code ticker}'s rebuilt book, when it has one. */
    public Optional<OrderbookLevel> bestBid(String ticker, OutcomeSide side) {
        MarketBook book = books.get(ticker);
        return book == null ? Optional.empty() : book.levels.bestBid(side);
    }

    /** The markets that have a book. */
    public Set<String> markets() {
        return new HashSet<>(books.keySet());
    }

    /** The first {@link #KEPT} sequence gaps. */
    public List<SequenceGap> gaps() {
        return List.copyOf(gaps);
    }

    public long gapCount() {
        return gapCount;
    }

    /** The first {@link #KEPT} divergences. */
    public List<BookDivergence> divergences() {
        return List.copyOf(divergences);
    }

    public long divergenceCount() {
        return divergenceCount;
    }

    /** Snapshots that found a trusted rebuilt book to compare with. */
    public long snapshotsCompared() {
        return snapshotsCompared;
    }

    public long snapshotsMatched() {
        return snapshotsMatched;
    }

    public long deltasApplied() {
        return deltasApplied;
    }

    /** Deltas for a market that had no snapshot yet, skipped. */
    public long deltasWithoutBook() {
        return deltasWithoutBook;
    }

    /** One market's rebuilt book, its subscription, and which delta last touched each level. */
    private static final class MarketBook {
        final AggregatedBook levels = new AggregatedBook();
        final Map<Long, Long> lastSeqYes = new HashMap<>();
        final Map<Long, Long> lastSeqNo = new HashMap<>();
        long sid;
        boolean trusted;

        void reset(BookSnapshot snapshot) {
            levels.clear();
            put(levels, OutcomeSide.YES, snapshot.yesBids());
            put(levels, OutcomeSide.NO, snapshot.noBids());
            lastSeqYes.clear();
            lastSeqNo.clear();
            // A REST snapshot (sid 0) keeps the subscription the market's deltas come on.
            if (snapshot.sid() != 0) {
                sid = snapshot.sid();
            }
            trusted = true;
        }

        void touched(OutcomeSide side, Price price, long deltaSid, long seq) {
            // A book begun from a REST snapshot learns its subscription from its first delta.
            if (sid == 0) {
                sid = deltaSid;
            }
            (side == OutcomeSide.YES ? lastSeqYes : lastSeqNo).put(price.units(), seq);
        }

        long lastSeq(OutcomeSide side, Price price) {
            return (side == OutcomeSide.YES ? lastSeqYes : lastSeqNo).getOrDefault(price.units(), 0L);
        }
    }
}
