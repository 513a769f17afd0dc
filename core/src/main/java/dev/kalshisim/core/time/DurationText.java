package dev.kalshisim.core.time;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The project's one grammar for a duration typed by a person (a command-line option, a strategy
 * parameter): either ISO-8601 ({@code PT30S}, {@code PT1H30M}) or a whole number and a unit, one
 * of {@code ns}, {@code us}, {@code ms}, {@code s}, {@code m}, {@code h} or {@code d}
 * ({@code 250ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 1d}).
 *
 * <p>Surrounding blanks and the case of the unit or the ISO letters do not matter. A duration is
 * never negative and always fits a {@code long} of nanoseconds, so it can drive a {@link Clock}.
 * Whether zero is allowed is the caller's rule (a wait may be zero, a run length may not).
 */
public final class DurationText {

    /** The forms, for error messages. */
    public static final String FORMS = "30s, 500ms, 5m, 2h, 1d or PT30S";

    private DurationText() {
    }

    /**
     * The duration written in {@code text}.
     *
     * @throws IllegalArgumentException naming the text and the accepted forms
     */
    public static Duration parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        Duration duration;
        try {
            duration = trimmed.startsWith("P") || trimmed.startsWith("p")
                    ? Duration.parse(trimmed.toUpperCase(Locale.ROOT))
                    : Duration.ofNanos(withUnitNanos(trimmed, text));
            duration.toNanos();
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException bad) {
            throw invalid(text);
        }
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a duration must not be negative, got \"" + text + "\"");
        }
        return duration;
    }

    /** The nanoseconds written in {@code text}; see {@link #parse}. */
    public static long parseNanos(String text) {
        return parse(text).toNanos();
    }

    private static long withUnitNanos(String trimmed, String original) {
        int digits = 0;
        while (digits < trimmed.length() && Character.isDigit(trimmed.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits == trimmed.length()) {
            throw invalid(original);
        }
        long amount = Long.parseLong(trimmed.substring(0, digits));
        return Math.multiplyExact(amount, nanosPer(trimmed.substring(digits).toLowerCase(Locale.ROOT), original));
    }

    private static long nanosPer(String unit, String original) {
        return switch (unit) {
            case "ns" -> 1L;
            case "us" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            case "d" -> 86_400_000_000_000L;
            default -> throw invalid(original);
        };
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("a duration must look like " + FORMS + ", got \"" + text + "\"");
    }
}
