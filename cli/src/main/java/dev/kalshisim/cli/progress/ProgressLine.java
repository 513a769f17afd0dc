package dev.kalshisim.cli.progress;

import dev.kalshisim.core.time.Clock;
import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * Progress of a long command: on a terminal one status line rewritten in place at most every
 * {@link #TERMINAL_EVERY_NANOS}; otherwise (a log, a pipe) a new line every {@link #LOG_EVERY_NANOS}.
 * Callers call {@link #tick} as often as they like; it prints only when due.
 */
public final class ProgressLine {

    static final long TERMINAL_EVERY_NANOS = 200_000_000L;
    static final long LOG_EVERY_NANOS = 5_000_000_000L;

    private final StatusOutput output;
    private final boolean terminal;
    private final Clock clock;
    private long lastPrinted;

    public ProgressLine(PrintWriter out, boolean terminal, Clock clock) {
        this.output = new StatusOutput(out, terminal);
        this.terminal = terminal;
        this.clock = clock;
        this.lastPrinted = clock.nowNanos();
    }

    /** Prints {@code status.get()} if a line is due. */
    public void tick(Supplier<String> status) {
        long now = clock.nowNanos();
        if (now - lastPrinted < (terminal ? TERMINAL_EVERY_NANOS : LOG_EVERY_NANOS)) {
            return;
        }
        lastPrinted = now;
        output.show(status.get());
    }

    /** Ends the status line (on a terminal) so the next output starts on a fresh line. */
    public void done() {
        output.clear();
    }
}
