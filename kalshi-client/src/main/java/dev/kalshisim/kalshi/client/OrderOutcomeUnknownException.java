package dev.kalshisim.kalshi.client;

/**
 * An order create failed ambiguously and the client could not find out whether the order exists;
 * the caller must reconcile by {@link #clientOrderId()} (for example from the {@code user_orders}
 * stream or a later {@code GET /portfolio/orders}) before placing it again.
 */
public class OrderOutcomeUnknownException extends KalshiException {

    private static final long serialVersionUID = 1L;

    private final String clientOrderId;

    public OrderOutcomeUnknownException(String clientOrderId, String message, Throwable cause) {
        super(message + " (client_order_id " + clientOrderId + ")", cause);
        this.clientOrderId = clientOrderId;
    }

    /** The client order id the create was sent with. */
    public String clientOrderId() {
        return clientOrderId;
    }
}
