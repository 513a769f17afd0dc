package dev.kalshisim.cli.run;

import dev.kalshisim.core.strategy.Strategy;
import dev.kalshisim.core.strategy.StrategyCatalog;
import dev.kalshisim.core.strategy.StrategyDescriptor;
import dev.kalshisim.core.strategy.StrategyParameters;
import java.util.List;

/**
 * The strategy a command line names: {@code --strategy NAME} looked up in core's catalog and built
 * from its {@code --param KEY=VALUE} pairs. The one path {@code run} and {@code backtest} share, so
 * both accept and refuse the same names, keys and values with the same messages.
 *
 * @param descriptor the catalog's entry
 * @param parameters the parsed parameters
 * @param strategy   a fresh strategy built from them
 */
public record StrategyChoice(StrategyDescriptor descriptor, StrategyParameters parameters, Strategy strategy) {

    /**
     * The strategy called {@code name}, built from {@code pairs}.
     *
     * @throws IllegalArgumentException for an unknown strategy, a malformed pair, an unknown key or
     *         a bad value, in one line
     */
    public static StrategyChoice of(String name, List<String> pairs) {
        StrategyDescriptor descriptor = StrategyCatalog.load().require(name);
        StrategyParameters parameters = StrategyParameters.parse(pairs);
        return new StrategyChoice(descriptor, parameters, descriptor.create(parameters));
    }

    /** The strategy's catalog name. */
    public String name() {
        return descriptor.name();
    }
}
