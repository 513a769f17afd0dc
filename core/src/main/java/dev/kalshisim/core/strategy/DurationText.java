package dev.kalshisim.core.strategy;

/** Parses durations written as a whole number and a unit ({@code 2s}, {@code 500ms}) into nanos. */
final class DurationText {

    private DurationText() {
    }

    /**
     * The nanoseconds in {@code text}: digits then one of ns, us, ms, s, m, h.
     *
     * @throws IllegalArgumentException when it is not of that form, or overflows
     */
    static long parseNanos(String text) {
        int digits = 0;
        while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits == text.length()) {
            throw new IllegalArgumentException("a duration needs digits and a unit: " + text);
        }
        long amount = Long.parseLong(text.substring(0, digits));
        return Math.multiplyExact(amount, nanosPer(text.substring(digits)));
    }

    private static long nanosPer(String unit) {
        return switch (unit) {
            case "ns" -> 1L;
            case "us" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            default -> throw new IllegalArgumentException("unknown duration unit: " + unit);
        };
    }
}
