package dev.kalshisim.kalshi.live;

import dev.kalshisim.core.wire.AmendOrderV2Request;
import dev.kalshisim.core.wire.AmendOrderV2Response;
import dev.kalshisim.core.wire.BatchCancelOrderV2Item;
import dev.kalshisim.core.wire.BatchCancelOrderV2Result;
import dev.kalshisim.core.wire.BatchCancelOrdersV2Response;
import dev.kalshisim.core.wire.BatchCreateOrderV2Result;
import dev.kalshisim.core.wire.BatchCreateOrdersV2Response;
import dev.kalshisim.core.wire.CancelOrderV2Response;
import dev.kalshisim.core.wire.CreateOrderV2Request;
import dev.kalshisim.core.wire.CreateOrderV2Response;
import dev.kalshisim.core.wire.DecreaseOrderV2Request;
import dev.kalshisim.core.wire.DecreaseOrderV2Response;
import dev.kalshisim.core.model.Count;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An {@link OrderGateway} that records every call. By default it answers at once like a venue
 * (creates rest with ids {@code ord-1, ord-2, ...}, cancels, amends and decreases succeed); with
 * {@link #holdAnswers} the test completes each call's future itself.
 */
final class ScriptedGateway implements OrderGateway {

    /** One call: what was asked and the future the runner waits on. */
    record Call(String kind, String orderId, Object body, CompletableFuture<Object> answer) {
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger orderNumber = new AtomicInteger();
    private volatile boolean holdAnswers;
    private volatile RuntimeException failCreatesWith;

    ScriptedGateway holdAnswers(boolean on) {
        holdAnswers = on;
        return this;
    }

    ScriptedGateway failCreatesWith(RuntimeException failure) {
        failCreatesWith = failure;
        return this;
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    List<Call> calls(String kind) {
        List<Call> matching = new ArrayList<>();
        for (Call call : calls) {
            if (call.kind().equals(kind)) {
                matching.add(call);
            }
        }
        return matching;
    }

    /** The venue id the next accepted create gets. */
    String nextOrderId() {
        return "ord-" + (orderNumber.get() + 1);
    }

    @Override
    public CompletableFuture<CreateOrderV2Response> create(CreateOrderV2Request order) {
        RuntimeException failure = failCreatesWith;
        return record("create", null, order, failure != null ? null
                : new CreateOrderV2Response("ord-" + orderNumber.incrementAndGet(), order.clientOrderId(), Count.ZERO,
                        order.count(), null, null, 0L), failure);
    }

    @Override
    public CompletableFuture<BatchCreateOrdersV2Response> batchCreate(List<CreateOrderV2Request> orders) {
        List<BatchCreateOrderV2Result> results = new ArrayList<>();
        for (CreateOrderV2Request order : orders) {
            results.add(new BatchCreateOrderV2Result("ord-" + orderNumber.incrementAndGet(), order.clientOrderId(),
                    Count.ZERO, order.count(), null, null, 0L, null));
        }
        return record("batchCreate", null, orders, new BatchCreateOrdersV2Response(results), null);
    }

    @Override
    public CompletableFuture<CancelOrderV2Response> cancel(String orderId, String ticker) {
        return record("cancel", orderId, ticker, new CancelOrderV2Response(orderId, null, Count.ofContracts(1), 0L),
                null);
    }

    @Override
    public CompletableFuture<BatchCancelOrdersV2Response> batchCancel(List<BatchCancelOrderV2Item> orders) {
        List<BatchCancelOrderV2Result> results = new ArrayList<>();
        for (BatchCancelOrderV2Item item : orders) {
            results.add(new BatchCancelOrderV2Result(item.orderId(), null, Count.ZERO, 0L, null));
        }
        return record("batchCancel", null, orders, new BatchCancelOrdersV2Response(results), null);
    }

    @Override
    public CompletableFuture<AmendOrderV2Response> amend(String orderId, AmendOrderV2Request amend) {
        return record("amend", orderId, amend, new AmendOrderV2Response(orderId, amend.clientOrderId(), null, null,
                null, null, 0L), null);
    }

    @Override
    public CompletableFuture<DecreaseOrderV2Response> decrease(String orderId, DecreaseOrderV2Request decrease) {
        return record("decrease", orderId, decrease, new DecreaseOrderV2Response(orderId, null, null, 0L), null);
    }

    @SuppressWarnings("unchecked")
    private <T> CompletableFuture<T> record(String kind, String orderId, Object body, T answer,
            RuntimeException failure) {
        CompletableFuture<Object> future = new CompletableFuture<>();
        calls.add(new Call(kind, orderId, body, future));
        if (!holdAnswers) {
            if (failure != null) {
                future.completeExceptionally(failure);
            } else {
                future.complete(answer);
            }
        }
        return (CompletableFuture<T>) future;
    }
}
