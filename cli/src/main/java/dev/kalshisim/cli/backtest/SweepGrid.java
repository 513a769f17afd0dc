package dev.kalshisim.cli.backtest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sweep's grid: {@code --grid key=v1,v2,...} options, each a parameter and its values, expanded
 * into every combination in a fixed order (the first key varies slowest, values in the order
 * given), so run {@code n} is the same parameter set every time. Serializable, as part of a
 * {@link SweepPlan}.
 */
record SweepGrid(Map<String, List<String>> axes) implements Serializable {

    /** At most this many runs: a typo in a grid should not start a week of backtests. */
    static final int MAX_RUNS = 10_000;

    /** Parses {@code --grid} options; a malformed or repeated key is a one-line refusal. */
    static SweepGrid parse(List<String> options) {
        if (options == null || options.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one --grid key=v1,v2,...");
        }
        Map<String, List<String>> axes = new LinkedHashMap<>();
        long runs = 1;
        for (String option : options) {
            int eq = option.indexOf('=');
            if (eq <= 0 || eq == option.length() - 1) {
                throw new IllegalArgumentException("--grid must look like key=v1,v2,..., got '" + option + "'");
            }
            String key = option.substring(0, eq).strip();
            List<String> values = new ArrayList<>();
            for (String value : option.substring(eq + 1).split(",", -1)) {
                if (value.isBlank()) {
                    throw new IllegalArgumentException("--grid " + key + " has an empty value: '" + option + "'");
                }
                if (values.contains(value.strip())) {
                    throw new IllegalArgumentException("--grid " + key + " lists " + value.strip() + " twice");
                }
                values.add(value.strip());
            }
            if (axes.put(key, List.copyOf(values)) != null) {
                throw new IllegalArgumentException("--grid " + key + " is given twice");
            }
            runs *= values.size();
            if (runs > MAX_RUNS) {
                throw new IllegalArgumentException("the grid makes more than " + MAX_RUNS + " runs");
            }
        }
        return new SweepGrid(axes);
    }

    /** Every parameter set of the grid, in run order. */
    List<Map<String, String>> combinations() {
        List<Map<String, String>> sets = new ArrayList<>();
        sets.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<String>> axis : axes.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> set : sets) {
                for (String value : axis.getValue()) {
                    Map<String, String> extended = new LinkedHashMap<>(set);
                    extended.put(axis.getKey(), value);
                    next.add(extended);
                }
            }
            sets = next;
        }
        return sets;
    }
}
