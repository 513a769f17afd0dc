package dev.kalshisim.cli.loadtest;

import dev.kalshisim.core.limits.EndpointPrice;
import dev.kalshisim.core.limits.PacedBucket;
import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.wire.CreateOrderV2Request;
import dev.kalshisim.kalshi.client.KalshiClient;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One load client: a Kalshi client on the shared key and the resting orders it made. Each call to
 * {@link #issue} sends one request of the drawn kind without blocking. Writes are 1-cent resting
 * bids, far from any touch, so nothing fills; when its resting orders reach {@link #MAX_RESTING} a
 * create becomes a cancel of its oldest, keeping the book bounded (creates still waiting for an
 * answer do not count: the bound must not turn a queue of creates into a flood of cancels). A
 * cancel with nothing to cancel becomes a create. Thread-safe (the open model answers on many threads).
 */
final class LoadClient {

    static final int MAX_RESTING = 1_000;
    private static final Price FAR_BID = Price.ofCents(1);

    private final KalshiClient client;
    private final PolicySender sender;
    private final String ticker;
    private final Endpoints endpoints;
    private final LoadStats stats;
    private final Deque<String> resting = new ConcurrentLinkedDeque<>();
    /** The size of {@link #resting}, kept apart because the deque's own size is a walk. */
    private final AtomicInteger restingCount = new AtomicInteger();
    private final AtomicLong reads = new AtomicLong();

    LoadClient(KalshiClient client, PolicySender sender, String ticker, Endpoints endpoints, LoadStats stats) {
        this.client = client;
        this.sender = sender;
        this.ticker = ticker;
        this.endpoints = endpoints;
        this.stats = stats;
    }

    /** Sends one request of {@code kind}, meant to go at {@code intendedAtNanos}; completes when it is done. */
    CompletableFuture<?> issue(Mix.Kind kind, long intendedAtNanos) {
        boolean full = restingCount.get() >= MAX_RESTING;
        if (kind == Mix.Kind.CANCEL || ((kind == Mix.Kind.WRITE || kind == Mix.Kind.BATCH) && full)) {
            String oldest = resting.pollFirst();
            if (oldest != null) {
                restingCount.decrementAndGet();
                return cancel(oldest, intendedAtNanos);
            }
            kind = Mix.Kind.WRITE;
        }
        return switch (kind) {
            case READ -> read(intendedAtNanos);
            case WRITE -> createOne(intendedAtNanos);
            case BATCH -> createBatch(intendedAtNanos);
            default -> throw new IllegalStateException("unexpected kind " + kind);
        };
    }

    private CompletableFuture<?> read(long intendedAtNanos) {
        if (reads.getAndIncrement() % 2 == 0) {
            return sender.send(request(Mix.Kind.READ, endpoints.bookRead(), EndpointPrice.SINGLE), intendedAtNanos,
                    () -> client.markets().orderbookAsync(ticker, 10));
        }
        return sender.send(request(Mix.Kind.READ, endpoints.balanceRead(), EndpointPrice.SINGLE), intendedAtNanos,
                () -> client.portfolio().balanceAsync());
    }

    private CompletableFuture<?> createOne(long intendedAtNanos) {
        CreateOrderV2Request order = farBid();
        return sender.send(request(Mix.Kind.WRITE, endpoints.create(), EndpointPrice.SINGLE), intendedAtNanos,
                () -> client.orders().createAsync(order)).thenAccept(answer -> {
                    if (answer.isPresent()) {
                        stats.created(order.clientOrderId());
                        rest(answer.get().orderId());
                    }
                });
    }

    private CompletableFuture<?> createBatch(long intendedAtNanos) {
        List<CreateOrderV2Request> orders = new ArrayList<>();
        for (int i = 0; i < Mix.BATCH_SIZE; i++) {
            orders.add(farBid());
        }
        return sender.send(request(Mix.Kind.BATCH, endpoints.batchCreate(), Mix.BATCH_SIZE), intendedAtNanos,
                () -> client.orders().batchCreateAsync(orders)).thenAccept(answer -> {
                    if (answer.isPresent()) {
                        for (var item : answer.get().orders()) {
                            if (item.orderId() != null) {
                                stats.created(item.clientOrderId());
                                rest(item.orderId());
                            }
                        }
                    }
                });
    }

    private CompletableFuture<?> cancel(String orderId, long intendedAtNanos) {
        return sender.send(request(Mix.Kind.CANCEL, endpoints.cancel(), EndpointPrice.SINGLE), intendedAtNanos,
                () -> client.orders().cancelAsync(orderId)).thenAccept((Optional<?> answer) -> {
                    if (answer.isEmpty()) {
                        // Refused: it still rests, try it again later.
                        restingCount.incrementAndGet();
                        resting.addFirst(orderId);
                    }
                });
    }

    private void rest(String orderId) {
        restingCount.incrementAndGet();
        resting.addLast(orderId);
    }

    private static PolicySender.Request request(Mix.Kind kind, EndpointPrice price, int items) {
        return new PolicySender.Request(kind, price, items,
                kind == Mix.Kind.CANCEL ? PacedBucket.Priority.CANCEL : PacedBucket.Priority.NORMAL);
    }

    private CreateOrderV2Request farBid() {
        CreateOrderV2Request gtc = CreateOrderV2Request.gtc(ticker, BookSide.BID, Count.ofContracts(1), FAR_BID);
        return new CreateOrderV2Request(gtc.ticker(), UUID.randomUUID().toString(), gtc.side(), gtc.count(),
                gtc.price(), gtc.expirationTime(), gtc.timeInForce(), gtc.postOnly(), gtc.selfTradePreventionType(),
                gtc.cancelOrderOnPause(), gtc.reduceOnly(), gtc.subaccount(), gtc.orderGroupId(),
                gtc.exchangeIndex());
    }

    void close() {
        client.close();
    }
}
