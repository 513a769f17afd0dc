package dev.kalshisim.cli.loadtest;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How a load client copes with its key's rate limit. */
public enum Policy {
    /** Fire and forget: no pacing, no retry; a 429 is simply counted. */
    NONE("none"),
    /** Retry on 429 with exponential backoff and full jitter, honouring {@code Retry-After}. */
    BACKOFF("backoff"),
    /** Pace by core's token buckets, one pacer shared by every client of the key. */
    BUCKET("bucket");

    private final String wire;

    Policy(String wire) {
        this.wire = wire;
    }

    /** The name on the command line and in the summary. */
    public String wire() {
        return wire;
    }

    /** The policy named {@code text}, or an exception naming the accepted values. */
    public static Policy parse(String text) {
        for (Policy policy : values()) {
            if (policy.wire.equals(text)) {
                return policy;
            }
        }
        throw new IllegalArgumentException("unknown --policy '" + text + "'; expected one of "
                + Arrays.stream(values()).map(Policy::wire).collect(Collectors.joining(", ")));
    }
}
