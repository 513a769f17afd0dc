package dev.kalshisim.cli.loadtest;

import dev.kalshisim.core.auth.Credentials;
import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.SelfTradePrevention;
import dev.kalshisim.core.model.TimeInForce;
import dev.kalshisim.core.wire.CreateOrderV2Request;
import dev.kalshisim.kalshi.client.KalshiClient;
import dev.kalshisim.kalshi.client.RetryPolicy;
import dev.kalshisim.sim.control.client.OpenedAccount;
import dev.kalshisim.sim.demo.DemoCatalog;
import dev.kalshisim.sim.demo.DemoEvent;
import dev.kalshisim.sim.demo.DemoInstallation;
import dev.kalshisim.sim.demo.DemoMarket;
import dev.kalshisim.sim.embedded.EmbeddedSimulator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The market around a Fed decision, in the embedded simulator: the demo catalog with its synthetic
 * makers and takers, and a second member (another firm, on its own key) whose taker orders in the
 * Fed event's markets climb with the scenario's {@link RateProfile} toward the release, when every
 * market of the event jumps (the announcement). The load's bot quotes and reads the event's "hold"
 * market. The second member's requests spend its own key's budget, not the bot's: Kalshi limits per
 * key, so what crowds the bot out is its own rising rate; the activity is what makes it rise.
 */
final class FedActivity implements LoadRun.Activity, AutoCloseable {

    static final String FED_SERIES = "KXFEDDECISION";
    /** The second member's taker orders a second at the release. */
    static final double PEAK_ORDERS_PER_SECOND = 40;
    private static final int MAX_IN_FLIGHT = 32;

    private final DemoInstallation demo;
    private final List<String> traded;
    private final String botTicker;
    private final KalshiClient other;
    private final Random random;
    private final AtomicLong orders = new AtomicLong();
    private final AtomicLong fills = new AtomicLong();
    private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
    private volatile boolean running = true;
    private Thread thread;

    private FedActivity(DemoInstallation demo, List<String> traded, String botTicker, KalshiClient other, long seed) {
        this.demo = demo;
        this.traded = traded;
        this.botTicker = botTicker;
        this.other = other;
        this.random = new Random(seed);
    }

    /** Installs the demo catalog in {@code sim}, starts its flow and opens the second member. */
    static FedActivity install(EmbeddedSimulator sim, long seed) {
        DemoInstallation demo = DemoCatalog.install(sim.server().state().exchange(), sim.server().state().clock(), seed);
        DemoEvent fed = demo.events().stream().filter(event -> event.seriesTicker().equals(FED_SERIES)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo catalog has no " + FED_SERIES + " event"));
        // The other firm trades the markets near the middle, where both sides have makers.
        List<String> traded = fed.markets().stream()
                .filter(m -> m.initialFairValue().compareTo(Price.ofCents(10)) > 0
                        && m.initialFairValue().compareTo(Price.ofCents(90)) < 0)
                .map(DemoMarket::ticker).toList();
        String bot = fed.markets().stream().map(DemoMarket::ticker).filter(t -> t.endsWith("-H0")).findFirst()
                .orElse(traded.get(0));
        demo.start();
        OpenedAccount account = sim.createAccount(Money.ofDollars(1_000_000), Tier.PRIME, false);
        KalshiClient other = KalshiClient.builder(sim.restBaseUrl())
                .credentials(Credentials.fromPem(account.apiKeyId(), account.privateKeyPem()))
                .throttle(false).retryPolicy(RetryPolicy.none()).build();
        return new FedActivity(demo, traded, bot, other, seed);
    }

    /** The market the load's bot quotes and reads. */
    String botTicker() {
        return botTicker;
    }

    /** Taker orders the second member sent. */
    long orders() {
        return orders.get();
    }

    /** Of them, the ones that traded. */
    long fills() {
        return fills.get();
    }

    @Override
    public String describe() {
        return "demo catalog flow, Fed event jumps at T+0:00; a second member sent " + orders() + " taker orders in "
                + String.join(", ", traded) + " (" + fills() + " traded), rising to " + (int) PEAK_ORDERS_PER_SECOND
                + "/s at the release; the bot trades " + botTicker;
    }

    @Override
    public void start(long startedNanos, Timeline timeline) {
        RateProfile profile = new RateProfile(Scenario.FED_ANNOUNCEMENT);
        long releaseAt = startedNanos + timeline.elapsedAt(0);
        thread = new Thread(() -> trade(startedNanos, timeline, profile, releaseAt), "loadtest-fed-activity");
        thread.setDaemon(true);
        thread.start();
    }

    private void trade(long startedNanos, Timeline timeline, RateProfile profile, long releaseAt) {
        long next = startedNanos;
        boolean released = false;
        long end = startedNanos + timeline.runNanos();
        while (running && next < end) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
                continue;
            }
            if (!released && next >= releaseAt) {
                // The decision: every market of the event reprices at once.
                demo.events().stream().filter(e -> e.seriesTicker().equals(FED_SERIES))
                        .flatMap(e -> e.markets().stream()).forEach(m -> demo.flow().jump(m.ticker()));
                released = true;
            }
            if (inFlight.tryAcquire()) {
                orders.incrementAndGet();
                other.orders().createAsync(taker()).whenComplete((answer, failure) -> {
                    inFlight.release();
                    if (answer != null && answer.fillCount() != null && answer.fillCount().hundredths() > 0) {
                        fills.incrementAndGet();
                    }
                });
            }
            double rate = PEAK_ORDERS_PER_SECOND * profile.share(timeline.at(next - startedNanos));
            next += Math.round(1e9 / rate);
        }
    }

    /** An immediate-or-cancel order of one contract that crosses the makers' quotes: buy or sell YES. */
    private CreateOrderV2Request taker() {
        String ticker = traded.get(random.nextInt(traded.size()));
        boolean buy = random.nextBoolean();
        return new CreateOrderV2Request(ticker, UUID.randomUUID().toString(), buy ? BookSide.BID : BookSide.ASK,
                Count.ofContracts(1), buy ? Price.ofCents(95) : Price.ofCents(5), null, TimeInForce.IMMEDIATE_OR_CANCEL,
                null, SelfTradePrevention.TAKER_AT_CROSS, null, null, null, null, null);
    }

    @Override
    public void close() {
        running = false;
        if (thread != null) {
            try {
                thread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        other.close();
        demo.close();
    }
}
