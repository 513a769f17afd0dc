package dev.kalshisim.cli.backtest;

import dev.kalshisim.core.time.DurationText;
import picocli.CommandLine;

/**
 * {@code --latency} and {@code --latency-jitter} in the project's one duration grammar
 * ({@link DurationText}: {@code 25ms}, {@code 250us}, {@code 1s}, {@code PT0.025S}), as nanos.
 * Unlike a run length, zero is meaningful here: {@code --latency 0ms} is an exchange next door.
 */
final class LatencyOption implements CommandLine.ITypeConverter<Long> {

    @Override
    public Long convert(String text) {
        try {
            return DurationText.parseNanos(text);
        } catch (IllegalArgumentException bad) {
            throw new CommandLine.TypeConversionException(bad.getMessage());
        }
    }
}
