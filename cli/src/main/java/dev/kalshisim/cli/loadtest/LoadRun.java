package dev.kalshisim.cli.loadtest;

import dev.kalshisim.core.auth.Credentials;
import dev.kalshisim.core.limits.BucketKind;
import dev.kalshisim.core.limits.EndpointCosts;
import dev.kalshisim.core.limits.Pacer;
import dev.kalshisim.core.time.WallClock;
import dev.kalshisim.kalshi.client.KalshiClient;
import dev.kalshisim.kalshi.client.RetryPolicy;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.LongToDoubleFunction;

/**
 * One load run against a REST base URL: N clients on one key, the policy, the closed or the open
 * model, the scenario's rate over its timeline, the time series sampled on the side. Returns what
 * happened; writes nothing but progress lines.
 */
final class LoadRun {

    /** Sender threads of the open model: they sign and hand requests to the HTTP client, never wait. */
    static final int SENDER_THREADS = 8;
    /** Requests on the wire at once per client (a load generator's connections; wrk2 uses 32 in all). */
    static final int CONNECTIONS_PER_CLIENT = 32;
    private static final long DRAIN_NANOS = TimeUnit.SECONDS.toNanos(15);

    /** What a run produced: the summary and the time series. */
    record Result(LoadSummary summary, List<Sample> samples) {
    }

    /** Something the scenario runs beside the load (the market's own activity), told when the run starts. */
    interface Activity {
        void start(long startedNanos, Timeline timeline);

        /** One line on what the activity did, for the reports. */
        String describe();
    }

    private LoadRun() {
    }

    /**
     * @param warmUpKey a separate key to warm the order path on before the run, or null (a remote
     *        exchange, where only connections are warmed)
     */
    static Result run(LoadPlan plan, String base, String ticker, Credentials credentials, Credentials warmUpKey,
            Activity activity, PrintWriter progressOut) throws InterruptedException {
        // Grants after the run (requests given up at the deadline) are dropped, not refused loudly.
        ThreadPoolExecutor pacerThreads = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), daemon("loadtest-pacer"), new ThreadPoolExecutor.DiscardPolicy());
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("loadtest-backoff"));
        ScheduledExecutorService sampling = Executors.newSingleThreadScheduledExecutor(daemon("loadtest-sampler"));
        ExecutorService senders = Executors.newFixedThreadPool(SENDER_THREADS, daemon("loadtest-sender"));
        Pacer pacer = new Pacer(plan.limits(), WallClock.instance(), pacerThreads);
        LoadStats stats = new LoadStats();
        Endpoints endpoints = Endpoints.of(EndpointCosts.defaults(), ticker);
        List<KalshiClient> opened = new ArrayList<>();
        try {
            for (int i = 0; i < plan.clients(); i++) {
                // The client's own throttle and retries are off: the policy alone decides.
                KalshiClient client = KalshiClient.builder(base).credentials(credentials).throttle(false)
                        .retryPolicy(RetryPolicy.none()).build();
                opened.add(client);
            }
            if (warmUpKey != null) {
                WarmUp.orders(base, ticker, warmUpKey, Math.max(8, 2 * plan.clients()));
            }
            WarmUp.connections(opened);
            long runNanos = plan.duration().toNanos();
            Timeline timeline = Timeline.of(plan.scenario(), runNanos);
            RateProfile profile = new RateProfile(plan.scenario());
            LongToDoubleFunction rateAt = elapsed -> plan.rate() == null ? 0
                    : plan.rate() * profile.share(timeline.at(Math.min(elapsed, runNanos)));
            long started = System.nanoTime();
            long deadline = started + runNanos;
            PolicySender sender = new PolicySender(plan.policy(), pacer, stats, new Random(plan.seed() * 17 + 5),
                    deadline, timer, senders, CONNECTIONS_PER_CLIENT * plan.clients());
            List<LoadClient> clients = new ArrayList<>();
            for (KalshiClient client : opened) {
                clients.add(new LoadClient(client, sender, ticker, endpoints, stats));
            }
            Sampler sampler = new Sampler(stats, plan.policy() == Policy.BUCKET ? pacer : null, plan.limits(),
                    timeline, rateAt, started);
            Progress progress = new Progress(progressOut, stats, started, timeline);
            sampling.scheduleAtFixedRate(() -> {
                long now = System.nanoTime();
                if (now <= deadline) {
                    sampler.sample(now);
                }
                progress.maybeReport(now);
            }, Sampler.PERIOD_NANOS, Sampler.PERIOD_NANOS, TimeUnit.NANOSECONDS);
            if (activity != null) {
                activity.start(started, timeline);
            }
            long arrivals = 0;
            long dropped = 0;
            if (plan.open()) {
                OpenLoad load = new OpenLoad(clients, plan.mix(), new Random(plan.seed() * 31), rateAt, senders);
                load.run(started, deadline);
                sender.abandonWaiting();
                load.drain(DRAIN_NANOS);
                arrivals = load.arrivals();
                dropped = load.dropped();
            } else {
                closed(plan, clients, sender, deadline);
            }
            sampling.shutdown();
            sampling.awaitTermination(5, TimeUnit.SECONDS);
            sampler.sample(Math.min(System.nanoTime(), deadline));
            LoadSummary summary = LoadSummary.of(plan, runNanos, stats, timeline, profile,
                    endpoints.sustainableRate(plan.mix(), plan.limits()), arrivals, dropped,
                    pacer.stats(BucketKind.WRITE), pacer.stats(BucketKind.READ), started,
                    activity == null ? null : activity.describe());
            return new Result(summary, sampler.samples());
        } finally {
            sampling.shutdownNow();
            senders.shutdownNow();
            timer.shutdownNow();
            opened.forEach(KalshiClient::close);
            pacerThreads.shutdown();
        }
    }

    /** The closed model: each client sends its next request when the previous one is done. */
    private static void closed(LoadPlan plan, List<LoadClient> clients, PolicySender sender, long deadline)
            throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            LoadClient client = clients.get(i);
            Random random = new Random(plan.seed() * 31 + i);
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    try {
                        client.issue(plan.mix().draw(random), System.nanoTime()).join();
                    } catch (CompletionException | IllegalStateException e) {
                        // Counted by the sender; a load client carries on, as a bot would.
                    }
                }
            }, "loadtest-client-" + (i + 1));
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        long wait = deadline - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
        long until = System.nanoTime() + DRAIN_NANOS;
        for (Thread thread : threads) {
            while (thread.isAlive() && System.nanoTime() < until) {
                // Clients still waiting for tokens at the deadline give up, and so do later ones.
                sender.abandonWaiting();
                thread.join(50);
            }
        }
    }

    static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A progress line on standard error every few seconds, so a long run shows it is alive. */
    private static final class Progress {
        private static final long EVERY_NANOS = 5_000_000_000L;
        private final PrintWriter err;
        private final LoadStats stats;
        private final long started;
        private final Timeline timeline;
        private long lastReport;

        Progress(PrintWriter err, LoadStats stats, long started, Timeline timeline) {
            this.err = err;
            this.stats = stats;
            this.started = started;
            this.timeline = timeline;
            this.lastReport = started;
        }

        void maybeReport(long now) {
            if (err != null && now - lastReport >= EVERY_NANOS) {
                lastReport = now;
                String at = timeline.relative() ? " (" + timeline.label(now - started) + ")" : "";
                err.printf("loadtest: %.0f s%s, %d requests, %d 429s%n", (now - started) / 1e9, at, stats.requests(),
                        stats.rejections429());
                err.flush();
            }
        }
    }
}
