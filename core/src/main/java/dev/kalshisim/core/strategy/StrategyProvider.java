package dev.kalshisim.core.strategy;

import java.util.List;

/**
 * The service a module implements to contribute strategies to the {@link StrategyCatalog}.
 *
 * <p>Found with {@link java.util.ServiceLoader}: a module lists its implementation, which needs a
 * public no-argument constructor, in
 * {@code META-INF/services/dev.kalshisim.core.strategy.StrategyProvider}.
 */
public interface StrategyProvider {

    /** The strategies this module offers. */
    List<StrategyDescriptor> strategies();
}
