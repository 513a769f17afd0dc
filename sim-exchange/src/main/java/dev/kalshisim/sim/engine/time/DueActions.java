package dev.kalshisim.sim.engine.time;

import java.util.PriorityQueue;
import java.util.function.LongConsumer;

/**
 * Engine work that falls due at a time: market opens and closes, order expiries. Each is run
 * lazily at the start of the next command at or after its time, and also asks for a clock timer so
 * it happens even when no command comes. Actions re-check their own conditions, so running a stale
 * one (a moved close time, an order already gone) does nothing.
 */
public final class DueActions {

    private record Entry(long atNanos, long sequence, Runnable action) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry other) {
            int byTime = Long.compare(atNanos, other.atNanos);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }

    private final PriorityQueue<Entry> queue = new PriorityQueue<>();
    private LongConsumer timerRequest = atNanos -> { };
    private long sequence;

    /** Tells {@code request} every new due time, so the owner can schedule a clock wake-up. */
    public void wakeUpWith(LongConsumer request) {
        this.timerRequest = request;
    }

    public void add(long atNanos, Runnable action) {
        queue.add(new Entry(atNanos, sequence++, action));
        timerRequest.accept(atNanos);
    }

    /** Runs, in time order, every action due at or before {@code nowNanos}. */
    public void runDue(long nowNanos) {
        while (!queue.isEmpty() && queue.peek().atNanos <= nowNanos) {
            queue.poll().action.run();
        }
    }
}
