package dev.kalshisim.core.strategy;

import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The strategies available by name: what the {@code strategies} command lists and
 * {@code run --strategy NAME} makes. Immutable.
 */
public final class StrategyCatalog {

    private final SortedMap<String, StrategyDescriptor> byName;

    private StrategyCatalog(SortedMap<String, StrategyDescriptor> byName) {
        this.byName = Collections.unmodifiableSortedMap(byName);
    }

    /** The strategies of every {@link StrategyProvider} visible to this class's class loader. */
    public static StrategyCatalog load() {
        return load(StrategyCatalog.class.getClassLoader());
    }

    /**
     * The strategies of every {@link StrategyProvider} visible to {@code classLoader}.
     *
     * @throws IllegalStateException when two strategies share a name
     */
    public static StrategyCatalog load(ClassLoader classLoader) {
        SortedMap<String, StrategyDescriptor> found = new TreeMap<>();
        for (StrategyProvider provider : ServiceLoader.load(StrategyProvider.class, classLoader)) {
            addAll(found, provider.strategies(), provider.getClass().getName());
        }
        return new StrategyCatalog(found);
    }

    /**
     * A catalog of exactly these strategies.
     *
     * @throws IllegalStateException when two strategies share a name
     */
    public static StrategyCatalog of(Collection<StrategyDescriptor> descriptors) {
        SortedMap<String, StrategyDescriptor> found = new TreeMap<>();
        addAll(found, descriptors, "the given list");
        return new StrategyCatalog(found);
    }

    /** Every strategy, by name, sorted. */
    public SortedMap<String, StrategyDescriptor> descriptors() {
        return byName;
    }

    /** The strategy called {@code name}, if any. */
    public Optional<StrategyDescriptor> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The strategy called {@code name}.
     *
     * @throws IllegalArgumentException naming the known strategies when there is none
     */
    public StrategyDescriptor require(String name) {
        StrategyDescriptor descriptor = byName.get(name);
        if (descriptor == null) {
            throw new IllegalArgumentException("no strategy named " + name + "; known: " + byName.keySet());
        }
        return descriptor;
    }

    /** Makes the strategy called {@code name} from {@code parameters}. */
    public Strategy create(String name, StrategyParameters parameters) {
        return require(name).create(parameters);
    }

    private static void addAll(SortedMap<String, StrategyDescriptor> into, Collection<StrategyDescriptor> descriptors,
            String source) {
        for (StrategyDescriptor descriptor : descriptors) {
            if (into.putIfAbsent(descriptor.name(), descriptor) != null) {
                throw new IllegalStateException(
                        "two strategies are named " + descriptor.name() + " (from " + source + ")");
            }
        }
    }
}
