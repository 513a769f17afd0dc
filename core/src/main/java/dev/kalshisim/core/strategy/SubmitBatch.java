package dev.kalshisim.core.strategy;

import java.util.List;

/**
 * Place several orders in one batch create; each succeeds or fails on its own.
 *
 * @param tsNanos  epoch nanos of the request
 * @param requests the orders, in order, each with its client order id filled in; not empty
 */
public record SubmitBatch(long tsNanos, List<OrderRequest> requests) implements StrategyCommand {

    public SubmitBatch {
        requests = List.copyOf(requests);
        if (requests.isEmpty()) {
            throw new IllegalArgumentException("a batch needs at least one order");
        }
        for (OrderRequest request : requests) {
            if (request.clientOrderId() == null) {
                throw new IllegalArgumentException("every order in a batch needs a client order id");
            }
        }
    }
}
