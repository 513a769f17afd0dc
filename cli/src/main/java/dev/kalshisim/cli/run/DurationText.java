package dev.kalshisim.cli.run;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/**
 * Reads a duration option: a whole number and a unit ({@code 30s}, {@code 500ms}, {@code 5m},
 * {@code 2h}) or ISO-8601 ({@code PT30S}).
 */
public final class DurationText implements CommandLine.ITypeConverter<Duration> {

    @Override
    public Duration convert(String text) {
        try {
            return parse(text);
        } catch (IllegalArgumentException bad) {
            // Picocli shows a conversion exception's message as is; any other gets its class name prepended.
            throw new CommandLine.TypeConversionException(bad.getMessage());
        }
    }

    /**
     * The duration written in {@code text}, positive.
     *
     * @throws IllegalArgumentException naming the text and the accepted forms
     */
    public static Duration parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        Duration duration;
        try {
            duration = trimmed.startsWith("P") || trimmed.startsWith("p") ? Duration.parse(trimmed) : withUnit(trimmed);
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException bad) {
            throw invalid(text);
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("a duration must be positive, got \"" + text + "\"");
        }
        return duration;
    }

    private static Duration withUnit(String text) {
        int digits = 0;
        while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits == text.length()) {
            throw invalid(text);
        }
        long amount = Long.parseLong(text.substring(0, digits));
        return switch (text.substring(digits)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> throw invalid(text);
        };
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException(
                "a duration must look like 30s, 500ms, 5m, 2h or PT30S, got \"" + text + "\"");
    }
}
