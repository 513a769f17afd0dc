package dev.kalshisim.data.sample;

import dev.kalshisim.data.synthetic.Scenario;
import java.util.function.Supplier;

/**
 * A bundled sample: a named scenario generated on first use, and what {@code samples} lists about it.
 *
 * @param messages how many messages (events) the generated recording holds; a test keeps it true
 */
public record Sample(String name, Supplier<Scenario> scenario, long messages) {

    public String description() {
        return scenario.get().description();
    }

    public int markets() {
        return scenario.get().markets().size();
    }

    public long durationNanos() {
        return scenario.get().durationNanos();
    }
}
