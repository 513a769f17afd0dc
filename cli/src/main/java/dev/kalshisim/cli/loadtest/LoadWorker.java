package dev.kalshisim.cli.loadtest;

import dev.kalshisim.core.limits.EndpointCosts;
import dev.kalshisim.core.limits.EndpointPrice;
import dev.kalshisim.core.limits.PacedBucket;
import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.wire.CreateOrderV2Request;
import dev.kalshisim.core.wire.CreateOrderV2Response;
import dev.kalshisim.kalshi.client.KalshiClient;
import dev.kalshisim.kalshi.client.KalshiException;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * One closed-model load client: it sends its next request when the previous one has answered,
 * until the deadline. Writes are 1-cent resting bids, far from any touch, so nothing fills; when
 * its resting orders reach {@link #MAX_RESTING} it cancels its oldest instead of creating, keeping
 * the book bounded.
 */
final class LoadWorker implements Runnable {

    static final int MAX_RESTING = 50;
    private static final String API = "/trade-api/v2";
    private static final Price FAR_BID = Price.ofCents(1);

    private final KalshiClient client;
    private final PolicySender sender;
    private final Mix mix;
    private final String ticker;
    private final Random random;
    private final LoadStats stats;
    private final long deadlineNanos;
    private final long intervalNanos;
    private final long firstAtNanos;
    private final Deque<String> resting = new java.util.ArrayDeque<>();
    private final EndpointPrice create;
    private final EndpointPrice batchCreate;
    private final EndpointPrice cancel;
    private final EndpointPrice bookRead;
    private final EndpointPrice balanceRead;

    LoadWorker(KalshiClient client, PolicySender sender, Mix mix, String ticker, Random random, LoadStats stats,
            long deadlineNanos, long intervalNanos, long firstAtNanos, EndpointCosts costs) {
        this.intervalNanos = intervalNanos;
        this.firstAtNanos = firstAtNanos;
        this.client = client;
        this.sender = sender;
        this.mix = mix;
        this.ticker = ticker;
        this.random = random;
        this.stats = stats;
        this.deadlineNanos = deadlineNanos;
        this.create = costs.priceOf("POST", API + "/portfolio/events/orders");
        this.batchCreate = costs.priceOf("POST", API + "/portfolio/events/orders/batched");
        this.cancel = costs.priceOf("DELETE", API + "/portfolio/events/orders/x");
        this.bookRead = costs.priceOf("GET", API + "/markets/" + ticker + "/orderbook");
        this.balanceRead = costs.priceOf("GET", API + "/portfolio/balance");
    }

    @Override
    public void run() {
        long next = firstAtNanos;
        while (System.nanoTime() < deadlineNanos) {
            if (intervalNanos > 0) {
                // Open model: a fixed schedule; when behind, send at once and keep the schedule.
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    sleepNanos(wait);
                }
                if (next >= deadlineNanos) {
                    return;
                }
                sender.scheduledAt(next);
                next += intervalNanos;
            }
            try {
                step(mix.draw(random));
            } catch (KalshiException | IllegalStateException e) {
                // Counted by the sender; a load client carries on, as a bot would.
            }
        }
    }

    private static void sleepNanos(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void step(Mix.Kind kind) {
        boolean full = resting.size() >= MAX_RESTING;
        if (kind == Mix.Kind.CANCEL || ((kind == Mix.Kind.WRITE || kind == Mix.Kind.BATCH) && full)) {
            if (!resting.isEmpty()) {
                cancelOldest();
                return;
            }
            kind = Mix.Kind.WRITE;
        }
        switch (kind) {
            case READ -> read();
            case WRITE -> createOne();
            case BATCH -> createBatch();
            default -> throw new IllegalStateException("unexpected kind " + kind);
        }
    }

    private void read() {
        if (random.nextBoolean()) {
            sender.send(bookRead, EndpointPrice.SINGLE, PacedBucket.Priority.NORMAL,
                    () -> client.markets().orderbook(ticker, 10));
        } else {
            sender.send(balanceRead, EndpointPrice.SINGLE, PacedBucket.Priority.NORMAL,
                    () -> client.portfolio().balance());
        }
    }

    private void createOne() {
        CreateOrderV2Request order = farBid();
        Optional<CreateOrderV2Response> answer = sender.send(create, EndpointPrice.SINGLE,
                PacedBucket.Priority.NORMAL, () -> client.orders().create(order));
        answer.ifPresent(created -> {
            stats.created(order.clientOrderId());
            resting.addLast(created.orderId());
        });
    }

    private void createBatch() {
        List<CreateOrderV2Request> orders = new ArrayList<>();
        for (int i = 0; i < Mix.BATCH_SIZE; i++) {
            orders.add(farBid());
        }
        sender.send(batchCreate, Mix.BATCH_SIZE, PacedBucket.Priority.NORMAL,
                () -> client.orders().batchCreate(orders)).ifPresent(response -> response.orders().forEach(item -> {
                    if (item.orderId() != null) {
                        stats.created(item.clientOrderId());
                        resting.addLast(item.orderId());
                    }
                }));
    }

    private void cancelOldest() {
        String orderId = resting.pollFirst();
        Optional<?> answer = sender.send(cancel, EndpointPrice.SINGLE, PacedBucket.Priority.CANCEL,
                () -> client.orders().cancel(orderId));
        if (answer.isEmpty()) {
            // Refused: it still rests, try it again later.
            resting.addFirst(orderId);
        }
    }

    private CreateOrderV2Request farBid() {
        CreateOrderV2Request gtc = CreateOrderV2Request.gtc(ticker, BookSide.BID, Count.ofContracts(1), FAR_BID);
        return new CreateOrderV2Request(gtc.ticker(), UUID.randomUUID().toString(), gtc.side(), gtc.count(),
                gtc.price(), gtc.expirationTime(), gtc.timeInForce(), gtc.postOnly(), gtc.selfTradePreventionType(),
                gtc.cancelOrderOnPause(), gtc.reduceOnly(), gtc.subaccount(), gtc.orderGroupId(),
                gtc.exchangeIndex());
    }
}
