package dev.kalshisim.cli.run;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --strategy NAME [--param k=v]...} options of every command that runs a strategy
 * ({@code run}, {@code backtest}), read and checked the same way: a picocli mixin.
 */
public final class StrategyOptions {

    @Option(names = "--strategy", required = true, paramLabel = "NAME",
            description = "Strategy to run; 'kalshi-sim strategies' lists them.")
    String name;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "A strategy parameter; repeatable.")
    List<String> parameters = new ArrayList<>();

    /** The strategy built with its parameters; a bad name or parameter is a one-line refusal. */
    public StrategyChoice choice() {
        return StrategyChoice.of(name, parameters);
    }
}
