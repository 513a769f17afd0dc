package dev.kalshisim.cli;

import dev.kalshisim.core.strategy.ParameterDoc;
import dev.kalshisim.core.strategy.StrategyCatalog;
import dev.kalshisim.core.strategy.StrategyDescriptor;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code kalshi-sim strategies}: lists the bundled strategies, what each does, and its parameters
 * with their defaults, in the form {@code run --param} takes them.
 */
@Command(name = "strategies", mixinStandardHelpOptions = true,
        description = "List the bundled strategies with their descriptions and parameters.")
final class StrategiesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        StrategyCatalog catalog = StrategyCatalog.load();
        if (catalog.descriptors().isEmpty()) {
            out.println("no strategies are bundled");
        }
        boolean first = true;
        for (StrategyDescriptor descriptor : catalog.descriptors().values()) {
            if (!first) {
                out.println();
            }
            first = false;
            out.println(descriptor.name() + "  " + descriptor.description());
            int width = descriptor.parameters().stream().mapToInt(p -> p.name().length()).max().orElse(0);
            for (ParameterDoc parameter : descriptor.parameters()) {
                String defaultText = parameter.defaultValue() == null ? "" : " (default " + parameter.defaultValue() + ")";
                out.println("  --param " + pad(parameter.name(), width) + "  " + parameter.description() + defaultText);
            }
        }
        out.flush();
        return 0;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
