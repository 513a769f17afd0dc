package dev.kalshisim.cli;

import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine;

/** Reads a duration typed as {@code 90s}, {@code 15m}, {@code 2h} or {@code 1d}. */
final class DurationText implements CommandLine.ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        return parse(value);
    }

    static Duration parse(String value) {
        String text = value.trim().toLowerCase(Locale.ROOT);
        if (text.length() < 2) {
            throw bad(value);
        }
        long amount;
        try {
            amount = Long.parseLong(text.substring(0, text.length() - 1));
        } catch (NumberFormatException notANumber) {
            throw bad(value);
        }
        if (amount <= 0 || amount > 1_000_000) {
            throw bad(value);
        }
        return switch (text.charAt(text.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            case 'd' -> Duration.ofDays(amount);
            default -> throw bad(value);
        };
    }

    private static CommandLine.TypeConversionException bad(String value) {
        return new CommandLine.TypeConversionException("'" + value
                + "' is not a duration: a whole number from 1 to 1000000 followed by s, m, h or d (e.g. 15m)");
    }
}
