package dev.kalshisim.cli;

import dev.kalshisim.data.sample.Sample;
import dev.kalshisim.data.sample.SampleCache;
import dev.kalshisim.data.sample.SampleCatalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kalshi-sim samples}: lists the bundled samples (name, markets, duration, events, whether
 * generated yet, description); {@code --generate NAME} generates one into the cache now and prints
 * its folder. Other commands find a sample as {@code --data sample:NAME}, generating it on first use.
 */
@Command(name = "samples", mixinStandardHelpOptions = true,
        description = "List the bundled sample recordings (use one as --data sample:NAME).")
final class SamplesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "The sample cache (default: $" + SampleCache.ENV + ", else ~/.cache/kalshi-sim/samples).")
    Path cache;

    @Option(names = "--generate", paramLabel = "NAME", split = ",",
            description = "Generate these samples into the cache now and print their folders.")
    List<String> generate = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SampleCache samples = cache == null ? SampleCache.defaults() : new SampleCache(cache);
        if (!generate.isEmpty()) {
            for (String name : generate) {
                Sample sample = SampleCatalog.find(name).orElseThrow(() -> new IllegalArgumentException(
                        "unknown sample " + name + "; the samples are " + SampleCatalog.names()));
                GenerationProgress progress = GenerationProgress.forConsole(err, name);
                try {
                    out.println(samples.ensure(sample, progress));
                } finally {
                    progress.finish();
                }
            }
            out.flush();
            return 0;
        }
        out.printf("%-14s %7s %8s %10s  %-9s %s%n", "NAME", "MARKETS", "DURATION", "EVENTS", "CACHED", "DESCRIPTION");
        for (Sample sample : SampleCatalog.all()) {
            out.printf("%-14s %7d %8s %10d  %-9s %s%n", sample.name(), sample.markets(),
                    duration(sample.durationNanos()), sample.messages(), samples.isGenerated(sample) ? "yes" : "no",
                    sample.description());
        }
        out.println();
        out.println("Use one as --data sample:NAME; it is generated into " + samples.root() + " on first use.");
        out.flush();
        return 0;
    }

    private static String duration(long nanos) {
        long minutes = nanos / 60_000_000_000L;
        return minutes % 60 == 0 ? minutes / 60 + "h" : minutes / 60 + "h" + minutes % 60 + "m";
    }
}
