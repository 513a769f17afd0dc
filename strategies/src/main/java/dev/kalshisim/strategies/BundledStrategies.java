package dev.kalshisim.strategies;

import dev.kalshisim.core.strategy.StrategyDescriptor;
import dev.kalshisim.core.strategy.StrategyProvider;
import java.util.List;

/**
 * The strategies of this module, for {@link java.util.ServiceLoader} (listed in
 * {@code META-INF/services/dev.kalshisim.core.strategy.StrategyProvider}).
 */
public final class BundledStrategies implements StrategyProvider {

    /** Required by {@link java.util.ServiceLoader}. */
    public BundledStrategies() {
    }

    @Override
    public List<StrategyDescriptor> strategies() {
        return List.of(MidQuoter.descriptor(), MarketMaker.descriptor(), NoopStrategy.descriptor(), EventArb.descriptor(),
                Momentum.descriptor(), Poller.descriptor(), Streamer.descriptor(),
                LoadStrategy.descriptor());
    }
}
