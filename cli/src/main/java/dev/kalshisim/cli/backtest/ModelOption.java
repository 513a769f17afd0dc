package dev.kalshisim.cli.backtest;

import dev.kalshisim.core.limits.Tier;
import java.util.List;
import picocli.CommandLine;

/**
 * The named choices of a backtest, checked when the command line is read, so a typo fails before
 * any data is generated or indexed: {@code --fill-model}, {@code --queue-model}, {@code --tier}.
 */
final class ModelOption {

    /** The fill models the backtest offers (see docs on the replay exchange). */
    static final List<String> FILL_MODELS = List.of("l2", "trades");
    /** The queue models of the {@code l2} fill model. */
    static final List<String> QUEUE_MODELS = List.of("conservative", "probabilistic", "optimistic");

    private ModelOption() {
    }

    static final class Fill implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String text) {
            return oneOf("fill model", FILL_MODELS, text);
        }
    }

    static final class Queue implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String text) {
            return oneOf("queue model", QUEUE_MODELS, text);
        }
    }

    static final class TierName implements CommandLine.ITypeConverter<Tier> {
        @Override
        public Tier convert(String text) {
            try {
                return Tier.fromWire(text.strip());
            } catch (IllegalArgumentException bad) {
                throw new CommandLine.TypeConversionException(bad.getMessage());
            }
        }
    }

    private static String oneOf(String what, List<String> names, String text) {
        String name = text.strip();
        if (!names.contains(name)) {
            throw new CommandLine.TypeConversionException("no " + what + " '" + text + "'; the " + what + "s are "
                    + String.join(", ", names));
        }
        return name;
    }
}
