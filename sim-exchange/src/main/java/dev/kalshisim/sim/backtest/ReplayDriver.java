package dev.kalshisim.sim.backtest;

import dev.kalshisim.core.time.VirtualClock;
import dev.kalshisim.data.replay.ReplayCursor;
import dev.kalshisim.data.replay.ReplayKind;
import dev.kalshisim.data.replay.ReplayLog;

/**
 * Drives a backtest's virtual time: merges, in time order, the recorded market reaching the
 * exchange (each record at its receive time), the same records reaching the strategy (at receive
 * time plus market-data latency), and the clock's callbacks (the runner's tasks, orders in flight,
 * answers, timers). Two cursors walk the one memory-mapped log, so the delayed view costs no queue.
 *
 * <p>At equal times the clock's callbacks go first, then the exchange, then the strategy's view:
 * an order that arrives at the instant a record does meets the book before that record.
 */
final class ReplayDriver {

    /** Progress is reported every this many records. */
    private static final long PROGRESS_EVERY = 1 << 16;

    private final VirtualClock clock;
    private final BacktestExchange exchange;
    private final BacktestVenue venue;
    private final Latencies latencies;
    private final ReplayCursor exchangeSide;
    private final ReplayCursor strategySide;
    private final long toNanos;
    private final long recordsTotal;
    private final BacktestProgress progress;
    private final long startedWallNanos = System.nanoTime();
    /** The time this driver last moved the clock to. */
    private long advancedTo = Long.MIN_VALUE;
    private boolean exchangePending;
    private boolean viewPending;
    private long viewDueNanos;
    private long snapshotDueNanos;
    private long records;
    private long events;
    private long nextProgress = PROGRESS_EVERY;

    /**
     * A driver positioned at {@code fromNanos}: the records before it are applied to the exchange's
     * and the view's books at once (nothing trades before the strategy starts), so a window that
     * starts mid-recording begins with the books as they stood.
     */
    ReplayDriver(ReplayLog log, long fromNanos, long toNanos, VirtualClock clock, BacktestExchange exchange,
            BacktestVenue venue, Latencies latencies, BacktestProgress progress) {
        this.clock = clock;
        this.exchange = exchange;
        this.venue = venue;
        this.latencies = latencies;
        this.toNanos = toNanos;
        this.progress = progress;
        this.exchangeSide = log.cursor();
        this.strategySide = log.cursor();
        long skipped = 0;
        while (exchangeSide.next() && exchangeSide.recvNanos() < fromNanos) {
            exchange.apply(exchangeSide);
            strategySide.next();
            venue.deliver(strategySide);
            skipped++;
        }
        exchangePending = exchangeSide.index() < exchangeSide.recordCount() && exchangeSide.recvNanos() < toNanos;
        this.recordsTotal = countUntil(log, skipped, toNanos);
        loadView();
    }

    private static long countUntil(ReplayLog log, long from, long toNanos) {
        if (toNanos == Long.MAX_VALUE) {
            return log.recordCount() - from;
        }
        ReplayCursor cursor = log.cursor();
        cursor.seek(from);
        long count = 0;
        while (cursor.next() && cursor.recvNanos() < toNanos) {
            count++;
        }
        return count;
    }

    /** Whether recorded market data is still to reach the exchange or the strategy. */
    boolean hasRecords() {
        return exchangePending || viewPending;
    }

    /** Runs everything due up to and including {@code targetNanos}; the clock ends there. */
    void advanceTo(long targetNanos) {
        while (true) {
            long exchangeAt = exchangePending ? exchangeSide.recvNanos() : Long.MAX_VALUE;
            long viewAt = viewPending ? viewDueNanos : Long.MAX_VALUE;
            long next = Math.min(exchangeAt, viewAt);
            if (next > targetNanos) {
                if (targetNanos != Long.MAX_VALUE) {
                    // One call runs every callback due by then, those they schedule included.
                    advancedTo = Math.max(advancedTo, Math.max(targetNanos, clock.nowNanos()));
                    clock.advanceTo(advancedTo);
                }
                return;
            }
            // The clock's callbacks due by the record's time run first, then the record. A record
            // stamped before the clock (a recording not in receive order) is applied at once.
            advancedTo = Math.max(advancedTo, next);
            clock.advanceTo(advancedTo);
            if (exchangeAt == next) {
                applyExchangeRecord();
            } else {
                deliverViewRecord();
            }
        }
    }

    /** Runs until the recording is exhausted on both sides (callbacks on the way included). */
    void replayAll() {
        while (hasRecords()) {
            long exchangeAt = exchangePending ? exchangeSide.recvNanos() : Long.MAX_VALUE;
            long viewAt = viewPending ? viewDueNanos : Long.MAX_VALUE;
            advanceTo(Math.min(exchangeAt, viewAt));
        }
        reportProgress();
    }

    private void applyExchangeRecord() {
        exchange.apply(exchangeSide);
        records++;
        int kind = exchangeSide.kind();
        if (kind != ReplayKind.SNAPSHOT_LEVEL && kind != ReplayKind.SNAPSHOT_END) {
            events++;
        }
        if (records >= nextProgress) {
            nextProgress += PROGRESS_EVERY;
            reportProgress();
        }
        exchangePending = exchangeSide.next() && exchangeSide.recvNanos() < toNanos;
    }

    private void deliverViewRecord() {
        venue.deliver(strategySide);
        loadView();
    }

    /** Moves the view cursor to its next record in the window and computes when it reaches the strategy. */
    private void loadView() {
        viewPending = strategySide.next() && strategySide.recvNanos() < toNanos;
        if (!viewPending) {
            return;
        }
        int kind = strategySide.kind();
        if (kind == ReplayKind.SNAPSHOT_LEVEL || kind == ReplayKind.SNAPSHOT_END) {
            // A snapshot is one message: its levels arrive with its start.
            viewDueNanos = snapshotDueNanos;
            return;
        }
        viewDueNanos = latencies.marketData(strategySide.recvNanos());
        if (kind == ReplayKind.SNAPSHOT_BEGIN) {
            snapshotDueNanos = viewDueNanos;
        }
    }

    private void reportProgress() {
        progress.progress(records, recordsTotal, events, System.nanoTime() - startedWallNanos);
    }

    long records() {
        return records;
    }

    long events() {
        return events;
    }

    /** Wall time since the replay began. */
    long elapsedNanos() {
        return System.nanoTime() - startedWallNanos;
    }
}
