package dev.kalshisim.core.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A strategy as the command line knows it: a name, what it does, the parameters it takes, and how
 * to make one from parameters.
 *
 * @param name        lower-case words joined by hyphens, unique in a catalog ({@code mid-quoter})
 * @param description one line saying what it does
 * @param parameters  every parameter it accepts; others are refused by {@link #create}
 * @param factory     makes a fresh strategy; throws {@link IllegalArgumentException} for bad values
 */
public record StrategyDescriptor(String name, String description, List<ParameterDoc> parameters,
        Function<StrategyParameters, Strategy> factory) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public StrategyDescriptor {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "a strategy name must be lower-case words joined by hyphens, got \"" + name + "\"");
        }
        if (description == null || factory == null) {
            throw new IllegalArgumentException("strategy " + name + " needs a description and a factory");
        }
        parameters = List.copyOf(parameters);
    }

    /**
     * Makes a strategy from {@code parameters}, after refusing any key it does not accept (a typo
     * must not silently leave a default in force).
     *
     * @throws IllegalArgumentException naming an unknown key and the known ones, or a bad value
     */
    public Strategy create(StrategyParameters parameters) {
        List<String> known = parameterNames();
        for (String key : parameters.asMap().keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException(
                        "strategy " + name + " has no parameter " + key + "; it takes " + known);
            }
        }
        Strategy strategy = factory.apply(parameters);
        if (strategy == null) {
            throw new IllegalStateException("the factory of strategy " + name + " returned null");
        }
        return strategy;
    }

    /** The names of its parameters, in declared order. */
    public List<String> parameterNames() {
        List<String> names = new ArrayList<>(parameters.size());
        for (ParameterDoc parameter : parameters) {
            names.add(parameter.name());
        }
        return names;
    }
}
