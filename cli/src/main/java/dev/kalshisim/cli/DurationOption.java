package dev.kalshisim.cli;

import dev.kalshisim.core.time.DurationText;
import java.time.Duration;
import picocli.CommandLine;

/**
 * Reads a duration option ({@code --duration}, {@code --live-window}, ...) in the project's one
 * grammar, {@link DurationText}: {@code 30s}, {@code 500ms}, {@code 5m}, {@code 2h}, {@code 1d} or
 * ISO-8601 ({@code PT30S}), the same forms a strategy's {@code --param} accepts. An option's
 * duration must be positive: a run, a window or a lead of zero is a typing mistake.
 */
final class DurationOption implements CommandLine.ITypeConverter<Duration> {

    @Override
    public Duration convert(String text) {
        return parse(text);
    }

    /**
     * The positive duration written in {@code text}.
     *
     * @throws CommandLine.TypeConversionException naming the text and the accepted forms; picocli
     *         shows its message as is (any other exception gets its class name prepended)
     */
    static Duration parse(String text) {
        Duration duration;
        try {
            duration = DurationText.parse(text);
        } catch (IllegalArgumentException bad) {
            throw new CommandLine.TypeConversionException(bad.getMessage());
        }
        if (duration.isZero()) {
            throw new CommandLine.TypeConversionException("a duration must be positive, got \"" + text + "\"");
        }
        return duration;
    }
}
