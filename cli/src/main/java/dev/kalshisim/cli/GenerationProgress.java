package dev.kalshisim.cli;

import dev.kalshisim.data.synthetic.L2Renderer;
import dev.kalshisim.cli.progress.StatusOutput;
import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * Shows a sample's generation: on a terminal a status line redrawn in place a few times a second
 * (percent of the simulated time, messages so far); otherwise one plain line every five seconds,
 * so a CI log shows that something is happening without filling up.
 */
final class GenerationProgress implements L2Renderer.Progress {

    private final StatusOutput output;
    private final String name;
    private final boolean terminal;
    private final LongSupplier nanoTime;
    private final long everyNanos;
    private long lastShown = Long.MIN_VALUE;

    GenerationProgress(PrintWriter err, String name, boolean terminal, LongSupplier nanoTime) {
        this.output = new StatusOutput(err, terminal);
        this.name = name;
        this.terminal = terminal;
        this.nanoTime = nanoTime;
        this.everyNanos = terminal ? 200_000_000L : 5_000_000_000L;
    }

    /** For the real command: a terminal when there is a console, on the JVM's monotonic clock. */
    static GenerationProgress forConsole(PrintWriter err, String name) {
        return new GenerationProgress(err, name, System.console() != null, System::nanoTime);
    }

    @Override
    public void update(long renderedNanos, long totalNanos, long messages) {
        long now = nanoTime.getAsLong();
        boolean done = renderedNanos >= totalNanos;
        if (lastShown == Long.MIN_VALUE) {
            // A terminal shows the line at once; a log waits for the first interval.
            lastShown = terminal ? now - everyNanos : now;
        }
        if (!done && now - lastShown < everyNanos) {
            return;
        }
        lastShown = now;
        long percent = totalNanos == 0 ? 100 : renderedNanos * 100 / totalNanos;
        String line = "generating sample " + name + ": " + percent + "%, " + messages + " messages";
        output.show(line);
        if (done) {
            output.keep();
        }
    }

    /** Ends a status line left open (a failure half-way). */
    void finish() {
        output.keep();
    }
}
