package dev.kalshisim.testkit;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.runtime.RunResult;
import dev.kalshisim.core.strategy.AmendOrder;
import dev.kalshisim.core.strategy.CancelAllOrders;
import dev.kalshisim.core.strategy.CancelOrder;
import dev.kalshisim.core.strategy.DecreaseOrder;
import dev.kalshisim.core.strategy.FillEvent;
import dev.kalshisim.core.strategy.OrderState;
import dev.kalshisim.core.strategy.OrderUpdate;
import dev.kalshisim.core.strategy.StrategyCommand;
import dev.kalshisim.core.strategy.StrategyEvent;
import dev.kalshisim.core.strategy.SubmitBatch;
import dev.kalshisim.core.strategy.SubmitOrder;
import java.util.HashSet;
import java.util.Set;

/**
 * The test kit's counts of what a strategy sent and was told, so the kit writes the same {@link
 * RunResult} as every other runtime. Single-threaded, like the kit.
 */
final class KitTally {

    private final Set<String> placed = new HashSet<>();
    private final Set<String> finished = new HashSet<>();
    private long submitted;
    private long rejected;
    private long cancelsSent;
    private long canceled;
    private long filledOrders;
    private long fills;
    private Count contracts = Count.ZERO;
    private long amends;
    private long decreases;

    void sent(StrategyCommand command) {
        if (command instanceof SubmitOrder) {
            submitted++;
        } else if (command instanceof SubmitBatch batch) {
            submitted += batch.requests().size();
        } else if (command instanceof CancelOrder) {
            cancelsSent++;
        } else if (command instanceof CancelAllOrders cancelAll) {
            cancelsSent += cancelAll.ids().size();
        } else if (command instanceof AmendOrder) {
            amends++;
        } else if (command instanceof DecreaseOrder) {
            decreases++;
        }
        // Book reads (RequestBook) and subscriptions place no order, so a run's result does not count them.
    }

    void delivered(StrategyEvent event) {
        if (event instanceof FillEvent fill) {
            fills++;
            contracts = contracts.plus(fill.count());
        } else if (event instanceof OrderUpdate update) {
            if (update.state() != OrderState.REJECTED && update.orderId() != null) {
                placed.add(update.id());
            }
            if (update.state().isTerminal() && finished.add(update.id())) {
                switch (update.state()) {
                    case CANCELED -> canceled++;
                    case FILLED -> filledOrders++;
                    case REJECTED -> rejected++;
                    default -> {
                        // Not terminal.
                    }
                }
            }
        }
    }

    /** The result so far: no pacing, no local refusals and no runner failures in a kit. */
    RunResult result(int openOrders, long callbackFailures, long elapsedNanos) {
        return new RunResult(submitted, placed.size(), rejected, 0, cancelsSent, canceled, filledOrders, fills,
                contracts, amends, decreases, 0, 0, 0, openOrders, 0, callbackFailures, elapsedNanos);
    }
}
