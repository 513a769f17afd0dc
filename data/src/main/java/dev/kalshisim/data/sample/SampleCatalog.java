package dev.kalshisim.data.sample;

import java.util.List;
import java.util.Optional;

/** The bundled samples, in the order {@code samples} lists them. */
public final class SampleCatalog {

    private static final List<Sample> ALL = List.of(
            new Sample("fed-decision", FedDecisionScenario::create, 594_059L),
            new Sample("weather-nyc", WeatherNycScenario::create, 541_676L),
            new Sample("cpi-brackets", CpiBracketsScenario::create, 2_175_093L));

    private SampleCatalog() {
    }

    public static List<Sample> all() {
        return ALL;
    }

    public static Optional<Sample> find(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The names, comma-separated, for messages naming what exists. */
    public static String names() {
        return String.join(", ", ALL.stream().map(Sample::name).toList());
    }
}
