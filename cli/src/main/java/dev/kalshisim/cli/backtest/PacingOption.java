package dev.kalshisim.cli.backtest;

import java.util.Locale;
import picocli.CommandLine;

/** {@code --pacing on|off}: whether requests wait for tokens as the live client's throttle makes them. */
final class PacingOption implements CommandLine.ITypeConverter<Boolean> {

    @Override
    public Boolean convert(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new CommandLine.TypeConversionException("--pacing is on or off, got '" + text + "'");
        };
    }
}
