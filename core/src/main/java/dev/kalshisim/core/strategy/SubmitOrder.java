package dev.kalshisim.core.strategy;

/**
 * Place one order.
 *
 * @param tsNanos epoch nanos of the request
 * @param request the order, always with its client order id filled in
 */
public record SubmitOrder(long tsNanos, OrderRequest request) implements StrategyCommand {

    public SubmitOrder {
        if (request == null || request.clientOrderId() == null) {
            throw new IllegalArgumentException("a submitted order needs a client order id");
        }
    }

    /** The order's client order id. */
    public String clientOrderId() {
        return request.clientOrderId();
    }
}
