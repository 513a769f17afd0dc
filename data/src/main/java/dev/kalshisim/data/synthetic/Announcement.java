package dev.kalshisim.data.synthetic;

/**
 * A scheduled release (an FOMC statement, a weather model run, a data print): at {@code atNanos}
 * factor {@code factor}'s mean jumps by a draw of standard deviation {@code jumpStdev} (in the
 * factor's units) and its uncertainty becomes {@code sigmaAfter} (the same sigma for a partial
 * update, a small one once the answer is known). Activity surges into it.
 */
public record Announcement(String label, long atNanos, int factor, double jumpStdev, double sigmaAfter) {
}
