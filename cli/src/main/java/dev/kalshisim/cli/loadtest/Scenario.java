package dev.kalshisim.cli.loadtest;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The shape of a run over time: a steady load, or the minutes before a scheduled release, when
 * market activity and the bot's own request rate climb (the story of a bot that polled the book
 * every 200 ms and met 429s fifteen minutes before a 2:30 pm Fed decision).
 */
public enum Scenario {
    /** The same arrival rate (open model) or the same clients (closed model) from start to end. */
    STEADY("steady"),
    /**
     * The run is a compressed "T-20 min .. T+5 min" around a release at T: the arrival rate climbs
     * from a tenth of its peak to the peak at T, holds a minute, then eases off ({@link RateProfile}).
     */
    FED_ANNOUNCEMENT("fed-announcement");

    private final String wire;

    Scenario(String wire) {
        this.wire = wire;
    }

    /** The name on the command line and in the reports. */
    public String wire() {
        return wire;
    }

    /** The scenario named {@code text}, or an exception naming the accepted values. */
    public static Scenario parse(String text) {
        for (Scenario scenario : values()) {
            if (scenario.wire.equals(text)) {
                return scenario;
            }
        }
        throw new IllegalArgumentException("unknown --scenario '" + text + "'; expected one of "
                + Arrays.stream(values()).map(Scenario::wire).collect(Collectors.joining(", ")));
    }
}
