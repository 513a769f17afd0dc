package dev.kalshisim.kalshi.client;

import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.core.wire.CreateOrderV2Request;
import dev.kalshisim.core.wire.CreateOrderV2Response;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates an order so that retries can never place it twice.
 *
 * <ol>
 *   <li>The order always carries a {@code client_order_id}; one is generated when the caller
 *       gave none, and every attempt sends the same one.</li>
 *   <li>429, 503 and connections that never reached the server are retried as they are: the
 *       exchange applied nothing.</li>
 *   <li>After an ambiguous failure (reset or timeout after sending, other 5xx) the order is looked
 *       up by its client order id ({@link OrderLookup}); if it exists, that is the answer. Only if
 *       it does not is the create sent again.</li>
 *   <li>A 409 {@code order_already_exists} after an earlier ambiguous attempt means that attempt
 *       placed the order: it is looked up and returned as success. On a first attempt a 409 is
 *       the caller's own duplicate and is reported.</li>
 *   <li>If the lookup itself fails, the create stops with {@link OrderOutcomeUnknownException}
 *       rather than guess.</li>
 * </ol>
 *
 * <p>A response rebuilt from a looked-up order carries its id, client order id and counts;
 * {@code average_fill_price} and {@code average_fee_paid} are absent and {@code ts_ms} is the
 * order's creation time.
 */
final class OrderCreateGuard {

    static final String CREATE_PATH = "/portfolio/events/orders";
    static final String ORDER_ALREADY_EXISTS = "order_already_exists";

    private static final Logger LOG = LoggerFactory.getLogger(OrderCreateGuard.class);

    private final RestCaller caller;
    private final OrderLookup lookup;
    private final Clock clock;
    private final Supplier<String> clientOrderIds;

    OrderCreateGuard(RestCaller caller, OrderLookup lookup, Clock clock, Supplier<String> clientOrderIds) {
        this.caller = caller;
        this.lookup = lookup;
        this.clock = clock;
        this.clientOrderIds = clientOrderIds;
    }

    /** The request with a client order id, generating one if it has none. */
    CreateOrderV2Request withClientOrderId(CreateOrderV2Request order) {
        if (order.clientOrderId() != null && !order.clientOrderId().isBlank()) {
            return order;
        }
        return new CreateOrderV2Request(order.ticker(), clientOrderIds.get(), order.side(), order.count(), order.price(),
                order.expirationTime(), order.timeInForce(), order.postOnly(), order.selfTradePreventionType(),
                order.cancelOrderOnPause(), order.reduceOnly(), order.subaccount(), order.orderGroupId(), order.exchangeIndex());
    }

    CompletableFuture<CreateOrderV2Response> create(CreateOrderV2Request order) {
        CreateOrderV2Request identified = withClientOrderId(order);
        ApiRequest request = ApiRequest.write("POST", CREATE_PATH, java.util.List.of(), caller.toJson(identified),
                RequestKind.ORDER_CREATE, 0);
        long firstSentAtMillis = clock.nowMillis();
        AtomicBoolean mayExist = new AtomicBoolean();
        return caller.retrier().run(
                attempt -> caller.sendOnce(request)
                        .thenApply(response -> caller.read(request, response, CreateOrderV2Response.class))
                        .exceptionallyCompose(failure -> afterFailure(identified, Retrier.unwrap(failure), mayExist, firstSentAtMillis)),
                (failure, attempt) -> RetryRules.retryable(RequestKind.ORDER_CREATE, failure));
    }

    private CompletableFuture<CreateOrderV2Response> afterFailure(CreateOrderV2Request order, Throwable failure,
            AtomicBoolean mayExist, long firstSentAtMillis) {
        String clientOrderId = order.clientOrderId();
        if (isAlreadyExists(failure) && mayExist.get()) {
            return reconcile(order, firstSentAtMillis, failure).thenApply(found -> found.orElseThrow(() ->
                    new OrderOutcomeUnknownException(clientOrderId,
                            "the server reports the order exists (409) but it is not visible in GET /portfolio/orders yet", failure)));
        }
        if (!isAmbiguous(failure)) {
            return CompletableFuture.failedFuture(failure);
        }
        mayExist.set(true);
        return reconcile(order, firstSentAtMillis, failure).thenApply(found -> found.orElseThrow(() ->
                new RetryRules.NotPlacedException(clientOrderId, failure)));
    }

    private CompletableFuture<Optional<CreateOrderV2Response>> reconcile(CreateOrderV2Request order, long firstSentAtMillis,
            Throwable original) {
        return lookup.findByClientOrderId(order.ticker(), order.clientOrderId(), order.subaccount(), firstSentAtMillis)
                .handle((found, lookupFailure) -> {
                    if (lookupFailure != null) {
                        OrderOutcomeUnknownException unknown = new OrderOutcomeUnknownException(order.clientOrderId(),
                                "the create failed ambiguously (" + original.getMessage() + ") and looking the order up failed too",
                                Retrier.unwrap(lookupFailure));
                        unknown.addSuppressed(original);
                        throw unknown;
                    }
                    found.ifPresent(existing -> LOG.info("order with client_order_id {} already exists as {}; not sending it again",
                            existing.clientOrderId(), existing.orderId()));
                    return found.map(OrderCreateGuard::asCreateResponse);
                });
    }

    /** A failure after which the order may or may not exist. 503 means the exchange refused before processing. */
    static boolean isAmbiguous(Throwable failure) {
        if (failure instanceof KalshiTransportException transport) {
            return transport.requestMayHaveBeenSent();
        }
        return failure instanceof KalshiApiException api && api.isServerError() && api.status() != 503;
    }

    static boolean isAlreadyExists(Throwable failure) {
        return failure instanceof KalshiApiException api && api.status() == 409 && ORDER_ALREADY_EXISTS.equals(api.code());
    }

    static CreateOrderV2Response asCreateResponse(Order order) {
        long createdMillis = order.createdTime() == null ? 0L : order.createdTime().toEpochMilli();
        return new CreateOrderV2Response(order.orderId(), order.clientOrderId(), order.fillCountFp(), order.remainingCountFp(),
                null, null, createdMillis);
    }
}
