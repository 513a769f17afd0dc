package dev.kalshisim.cli;

import java.io.PrintWriter;

/**
 * Progress of a long read on standard error: on a terminal one status line rewritten in place
 * (at most five times a second), otherwise a plain line every few seconds, so logs stay short.
 */
final class ProgressLine {

    private static final long TERMINAL_EVERY_NANOS = 200_000_000L;
    private static final long LOG_EVERY_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final String what;
    private final long startNanos = System.nanoTime();
    private long lastNanos = startNanos;
    private boolean shown;

    ProgressLine(PrintWriter err, boolean terminal, String what) {
        this.err = err;
        this.terminal = terminal;
        this.what = what;
    }

    /** Reports {@code count} messages done, if enough time has passed since the last report. */
    void update(long count) {
        long now = System.nanoTime();
        if (now - lastNanos < (terminal ? TERMINAL_EVERY_NANOS : LOG_EVERY_NANOS)) {
            return;
        }
        lastNanos = now;
        double seconds = (now - startNanos) / 1e9;
        String line = String.format(java.util.Locale.ROOT, "%s: %,d messages (%.0f/s)", what, count,
                count / Math.max(seconds, 1e-9));
        if (terminal) {
            err.print("\r" + line);
            shown = true;
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** Ends the status line on a terminal, so what follows starts on its own line. */
    void done() {
        if (terminal && shown) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
