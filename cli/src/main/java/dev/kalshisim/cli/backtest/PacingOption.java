package dev.kalshisim.cli.backtest;

import java.util.Locale;
import picocli.CommandLine;

/**
 * {@code --pacing on|off}: whether requests wait for tokens as the live client's throttle makes
 * them. A value of its own rather than a boolean, which picocli would read as a flag.
 */
enum PacingOption {
    ON, OFF;

    boolean paced() {
        return this == ON;
    }

    static final class Converter implements CommandLine.ITypeConverter<PacingOption> {
        @Override
        public PacingOption convert(String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "on" -> ON;
                case "off" -> OFF;
                default -> throw new CommandLine.TypeConversionException("--pacing is on or off, got '" + text + "'");
            };
        }
    }
}
