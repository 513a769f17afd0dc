package dev.kalshisim.core.strategy;

/**
 * One parameter a strategy accepts, as the {@code strategies} command lists it.
 *
 * @param name         the key of {@code --param key=value}
 * @param defaultValue the value used when it is not given, as the user would write it, or null
 *                     when the parameter has no default
 * @param description  what it means, with its unit
 */
public record ParameterDoc(String name, String defaultValue, String description) {

    public ParameterDoc {
        if (name == null || name.isBlank() || description == null) {
            throw new IllegalArgumentException("a parameter needs a name and a description");
        }
    }
}
