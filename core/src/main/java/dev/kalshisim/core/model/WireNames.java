package dev.kalshisim.core.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Builds the one error message every wire enum gives for a name it does not know. */
final class WireNames {

    private WireNames() {
    }

    static String unknown(String type, String text, WireValue[] values) {
        String accepted = Arrays.stream(values)
                .map(value -> "\"" + value.wire() + "\"")
                .collect(Collectors.joining(", "));
        return "unknown " + type + " \"" + text + "\"; expected one of " + accepted;
    }
}
