package dev.kalshisim.cli.loadtest;

import dev.kalshisim.core.auth.Credentials;
import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.wire.CreateOrderV2Request;
import dev.kalshisim.core.wire.CreateOrderV2Response;
import dev.kalshisim.kalshi.client.KalshiClient;
import dev.kalshisim.kalshi.client.RetryPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Warms what the first second of a run would otherwise measure: cold code (signing, JSON, the
 * server's order path), and HTTP connections opened on demand. The measured clients only call a
 * public endpoint, concurrently, so each keeps a few connections open and the key's buckets stay
 * full; orders and signed reads go on a separate warm-up key (embedded simulator only).
 */
final class WarmUp {

    static final int CONNECTIONS_PER_CLIENT = 6;
    static final int ROUNDS = 3;

    private WarmUp() {
    }

    /** Opens a few connections per client on a public endpoint, which spends no tokens of the key. */
    static void connections(List<KalshiClient> clients) {
        List<CompletableFuture<?>> calls = new ArrayList<>();
        for (KalshiClient client : clients) {
            for (int i = 0; i < CONNECTIONS_PER_CLIENT; i++) {
                calls.add(client.exchange().statusAsync());
            }
        }
        settle(calls);
    }

    /** Creates, reads and cancels on {@code key} (a separate account), {@code concurrency} at a time. */
    static void orders(String base, String ticker, Credentials key, int concurrency) {
        try (KalshiClient client = KalshiClient.builder(base).credentials(key).throttle(false)
                .retryPolicy(RetryPolicy.none()).build()) {
            for (int round = 0; round < ROUNDS; round++) {
                List<CompletableFuture<CreateOrderV2Response>> creates = new ArrayList<>();
                List<CompletableFuture<?>> reads = new ArrayList<>();
                for (int i = 0; i < concurrency; i++) {
                    creates.add(client.orders().createAsync(
                            CreateOrderV2Request.gtc(ticker, BookSide.BID, Count.ofContracts(1), Price.ofCents(1))));
                    reads.add(client.markets().orderbookAsync(ticker, 10));
                    reads.add(client.portfolio().balanceAsync());
                }
                settle(reads);
                List<CompletableFuture<?>> cancels = new ArrayList<>();
                for (CompletableFuture<CreateOrderV2Response> create : creates) {
                    try {
                        cancels.add(client.orders().cancelAsync(create.join().orderId()));
                    } catch (RuntimeException e) {
                        // A refused warm-up order has nothing to cancel.
                    }
                }
                settle(cancels);
            }
        }
    }

    private static void settle(List<CompletableFuture<?>> calls) {
        for (CompletableFuture<?> call : calls) {
            try {
                call.join();
            } catch (RuntimeException e) {
                // Warm-up answers do not matter, only that they came.
            }
        }
    }
}
