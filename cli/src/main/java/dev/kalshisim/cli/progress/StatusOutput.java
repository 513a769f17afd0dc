package dev.kalshisim.cli.progress;

import java.io.PrintWriter;

/**
 * Where a long command's status goes: on a terminal one line rewritten in place (padded over a
 * longer line before it), otherwise a new line each time, so a log or a pipe reads plainly. When to
 * print is the caller's business ({@link ProgressLine} prints when due).
 */
public final class StatusOutput {

    private final PrintWriter out;
    private final boolean terminal;
    private boolean open;
    private int width;

    public StatusOutput(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** Whether lines are rewritten in place. */
    public boolean terminal() {
        return terminal;
    }

    /** Shows {@code text} now. */
    public void show(String text) {
        if (terminal) {
            out.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
            width = Math.max(width, text.length());
            open = true;
        } else {
            out.println(text);
        }
        out.flush();
    }

    /** Leaves the last status on screen and moves on to a fresh line (on a terminal). */
    public void keep() {
        if (terminal && open) {
            out.println();
            out.flush();
        }
        open = false;
    }

    /** Wipes the status line (on a terminal), so the next output starts on a clean line. */
    public void clear() {
        if (terminal && open) {
            out.print("\r" + " ".repeat(width) + "\r");
            out.flush();
        }
        open = false;
    }
}
