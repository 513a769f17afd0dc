package dev.kalshisim.cli.record;

import dev.kalshisim.cli.progress.StatusOutput;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The recorder's progress: on a terminal one line rewritten in place, elsewhere (a log, a pipe) a
 * full line each time. Messages per second are measured between two calls.
 */
final class StatusLine {

    private final StatusOutput output;
    private long lastMessages;
    private long lastAtNanos = -1;

    StatusLine(PrintWriter out, boolean terminal) {
        this.output = new StatusOutput(out, terminal);
    }

    /** Shows the counts as of {@code nowNanos}. */
    void show(long nowNanos, long messages, int markets, long gaps, long bytesOnDisk, String state) {
        double perSecond = 0;
        if (lastAtNanos >= 0 && nowNanos > lastAtNanos) {
            perSecond = (messages - lastMessages) * 1e9 / (nowNanos - lastAtNanos);
        }
        lastMessages = messages;
        lastAtNanos = nowNanos;
        output.show(text(messages, perSecond, markets, gaps, bytesOnDisk, state));
    }

    /** Ends the rewritten line, so what follows starts on its own. */
    void end() {
        output.keep();
    }

    /** {@code recording: 1234 messages, 56.7 msg/s, 3 markets, 0 gaps, 1.2 MiB, connected}. */
    static String text(long messages, double perSecond, int markets, long gaps, long bytes, String state) {
        return String.format(Locale.ROOT, "recording: %d messages, %.1f msg/s, %d markets, %d gaps, %s, %s",
                messages, perSecond, markets, gaps, size(bytes), state);
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
