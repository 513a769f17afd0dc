package dev.kalshisim.kalshi.stream;

import dev.kalshisim.core.auth.KalshiAuthHeaders;
import dev.kalshisim.core.auth.RequestSigner;
import dev.kalshisim.kalshi.stream.book.BookFeed;
import dev.kalshisim.kalshi.stream.book.BookKeeper;
import dev.kalshisim.kalshi.stream.book.NoSidePricing;
import dev.kalshisim.core.wire.stream.ChannelMessage;
import dev.kalshisim.core.wire.stream.ChannelPayload;
import dev.kalshisim.core.wire.stream.ListSubscriptions;
import dev.kalshisim.core.wire.stream.Reply;
import dev.kalshisim.core.wire.stream.StreamCodec;
import dev.kalshisim.core.wire.stream.StreamMessage;
import dev.kalshisim.core.wire.stream.Subscribe;
import dev.kalshisim.core.wire.stream.SubscribeParams;
import dev.kalshisim.core.wire.stream.SubscriptionInfo;
import dev.kalshisim.core.wire.stream.SubscriptionList;
import dev.kalshisim.core.wire.stream.Unsubscribe;
import dev.kalshisim.core.wire.stream.Unsubscribed;
import dev.kalshisim.core.wire.stream.UpdateAction;
import dev.kalshisim.core.wire.stream.UpdateOk;
import dev.kalshisim.core.wire.stream.UpdateSubscription;
import dev.kalshisim.core.wire.stream.UpdateSubscriptionParams;
import dev.kalshisim.kalshi.stream.transport.JdkWebSocketTransport;
import dev.kalshisim.kalshi.stream.transport.WebSocketTransport;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.core.time.WallClock;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.random.RandomGenerator;

/**
 * A client of Kalshi's WebSocket API ({@code /trade-api/ws/v2}) for any server: production, demo
 * or the simulator.
 *
 * <p>The upgrade request is signed like REST ({@code timestamp + "GET" + path}). Commands return
 * futures completed by their replies, matched by command id; an {@code error} reply fails them with
 * {@link StreamCommandException}, a dropped connection with {@link StreamConnectionException}, a
 * missing reply with {@link java.util.concurrent.TimeoutException}. Channel messages go to
 * listeners by payload type. The client pings, treats a silent connection as dead, reconnects with
 * {@link dev.kalshisim.kalshi.client.Backoff} and restores every subscription that was open (they get new sids). An
 * {@code error} with a terminal code (10, 17, 25) that answers no command makes it list the
 * server's subscriptions and restore the ones that are gone.
 *
 * <p>Threading: messages and listener calls come one at a time on the transport's thread; timers
 * on the clock's. Commands may be sent from any thread. Commands sent while not connected fail at
 * once; only subscriptions are restored after a reconnect.
 */
public final class KalshiWebSocketClient implements BookFeed, AutoCloseable {

    private final StreamConfig config;
    private final Clock clock;
    private final StreamCodec codec = StreamCodec.create();
    private final MessageDispatcher dispatcher = new MessageDispatcher();
    private final ClientSession session = new ClientSession();
    private final ConnectionSupervisor supervisor;

    private KalshiWebSocketClient(StreamConfig config, WebSocketTransport transport, Clock clock,
                                  RandomGenerator random) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        RequestSigner signer = config.credentials() == null ? null : config.credentials().signer();
        this.supervisor = new ConnectionSupervisor(config, () -> upgradeHeaders(signer),
                Objects.requireNonNull(transport, "transport"), clock, Objects.requireNonNull(random, "random"),
                new SupervisorEvents());
    }

    /** A client over {@code java.net.http} on the wall clock, with jitter seeded from {@link SecureRandom}. */
    public static KalshiWebSocketClient create(StreamConfig config) {
        return new KalshiWebSocketClient(config, JdkWebSocketTransport.create(), WallClock.instance(),
                new Random(new SecureRandom().nextLong()));
    }

    /** A client with its transport, clock and jitter source given (seed {@code random} for repeatable tests). */
    public static KalshiWebSocketClient create(StreamConfig config, WebSocketTransport transport, Clock clock,
                                               RandomGenerator random) {
        return new KalshiWebSocketClient(config, transport, clock, random);
    }

    /** Opens the connection; fails if the first attempt fails (later drops are reconnected). May be called once. */
    public CompletableFuture<Void> connect() {
        return supervisor.start();
    }

    /** Where the connection stands now. */
    public ConnectionState state() {
        return supervisor.state();
    }

    /** Closes the connection for good; commands in flight fail. */
    @Override
    public void close() {
        supervisor.close();
        failPending(new StreamConnectionException("client closed"));
    }

    /** Subscribes; completes with one {@code (channel, sid)} per channel, in reply order. */
    public CompletableFuture<List<SubscriptionInfo>> subscribe(SubscribeParams params) {
        if (params.channels() == null || params.channels().isEmpty()) {
            throw new IllegalArgumentException("subscribe needs at least one channel: " + params);
        }
        return send(id -> ClientSession.subscribing(new Subscribe(id, params)));
    }

    /** Ends subscriptions; completes with one reply per sid. */
    public CompletableFuture<List<Unsubscribed>> unsubscribe(List<Long> sids) {
        List<Long> copy = List.copyOf(sids);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("unsubscribe needs at least one sid");
        }
        return send(id -> new PendingCommand<>(Unsubscribe.of(id, copy), Unsubscribed.class, copy.size(),
                replies -> replies.stream().map(Unsubscribed.class::cast).toList()));
    }

    /** Sends {@code update_subscription}; completes with the {@code ok} reply. */
    public CompletableFuture<UpdateOk> updateSubscription(UpdateSubscriptionParams params) {
        Objects.requireNonNull(params, "params");
        return send(id -> new PendingCommand<>(new UpdateSubscription(id, params), UpdateOk.class, 1,
                replies -> replies.isEmpty() ? null : (UpdateOk) replies.get(0)));
    }

    /** Lists the server's subscriptions on this connection. */
    public CompletableFuture<List<SubscriptionInfo>> listSubscriptions() {
        return send(id -> new PendingCommand<>(new ListSubscriptions(id), SubscriptionList.class, 1,
                replies -> replies.isEmpty() ? List.of() : ((SubscriptionList) replies.get(0)).msg()));
    }

    /** Asks for fresh order-book snapshots ({@code update_subscription} with {@code get_snapshot}). */
    @Override
    public CompletableFuture<UpdateOk> requestSnapshot(long sid, List<String> marketTickers) {
        return updateSubscription(UpdateSubscriptionParams.of(sid, UpdateAction.GET_SNAPSHOT, marketTickers));
    }

    /**
     * Ends subscription {@code sid} and opens it again with its current parameters (it gets a new
     * sid); completes with an empty list when the subscription was restored otherwise meanwhile.
     */
    @Override
    public CompletableFuture<List<SubscriptionInfo>> resubscribe(long sid) {
        Optional<ActiveSubscription> open = session.subscription(sid);
        if (open.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("no open subscription " + sid));
        }
        return unsubscribe(List.of(sid)).handle((ignored, failure) -> {
            // A refused unsubscribe usually means the server dropped the sid already: subscribe again anyway,
            // unless a reconcile restored the subscription meanwhile, as two would deliver every message twice.
            boolean stillOurs = failure == null || session.forget(sid);
            return stillOurs ? subscribe(open.get().params())
                    : CompletableFuture.completedFuture(List.<SubscriptionInfo>of());
        }).thenCompose(next -> next);
    }

    @Override
    public NoSidePricing pricingOf(long sid) {
        return session.pricingOf(sid);
    }

    /** Subscriptions open on the current connection. */
    public List<ActiveSubscription> subscriptions() {
        return session.subscriptions();
    }

    /** Calls {@code listener} with every channel message whose payload is a {@code payloadType}. */
    public <P extends ChannelPayload> Registration onChannelMessage(Class<P> payloadType,
                                                                    Consumer<ChannelMessage<P>> listener) {
        return dispatcher.onChannel(payloadType, listener);
    }

    /**
     * Calls {@code listener} with every text frame exactly as it arrived, before it is parsed and
     * before any other listener hears of it: a recorder keeps the frame's own text, so fields this
     * client does not know, and frames it cannot parse, survive.
     */
    public Registration onFrame(Consumer<String> listener) {
        return dispatcher.onFrame(listener);
    }

    /** Calls {@code listener} with every message the server sends, replies and unknown types included. */
    public Registration onMessage(Consumer<StreamMessage> listener) {
        return dispatcher.onMessage(listener);
    }

    /** Tells {@code listener} when the connection opens or drops. */
    public Registration onConnection(ConnectionListener listener) {
        return dispatcher.onConnection(listener);
    }

    /**
     * A {@link BookKeeper} fed by this client: it keeps books for every market of this connection's
     * {@code orderbook_delta} subscriptions. Subscribe with {@link SubscribeParams#orderbook}.
     */
    public BookKeeper attachBookKeeper() {
        BookKeeper keeper = new BookKeeper(this, clock, config.snapshotTimeoutNanos());
        dispatcher.onMessage(keeper);
        dispatcher.onConnection(new ConnectionListener() {
            @Override
            public void onDisconnected(String reason, long reconnectInNanos) {
                keeper.connectionLost(reason);
            }
        });
        return keeper;
    }

    private <R> CompletableFuture<R> send(LongFunction<PendingCommand<R>> build) {
        PendingCommand<R> pending = session.register(build);
        transmit(pending);
        return pending.future;
    }

    private void transmit(PendingCommand<?> pending) {
        long id = pending.command.id();
        pending.setTimeout(clock.scheduleAfter(config.commandTimeoutNanos(), () -> {
            PendingCommand<?> expired = session.remove(id);
            if (expired != null) {
                expired.expire(config.commandTimeoutNanos()).run();
            }
        }));
        supervisor.send(codec.write(pending.command)).whenComplete((ignored, failure) -> {
            PendingCommand<?> unsent = failure == null ? null : session.remove(id);
            if (unsent != null) {
                unsent.fail(failure instanceof StreamConnectionException ? failure
                        : new StreamConnectionException("cannot send " + pending.command.cmd(), failure)).run();
            }
        });
    }

    private void onText(String text) {
        dispatcher.frame(text);
        StreamMessage message = codec.readMessage(text);
        ClientSession.ReplyOutcome outcome = message instanceof Reply reply ? session.onReply(reply) : null;
        if (outcome != null) {
            outcome.action().run();
        }
        dispatcher.dispatch(message);
        if (outcome != null && outcome.reconcile()) {
            reconcile();
        }
    }

    /** After a terminal channel error: restores every subscription the server no longer lists. */
    private void reconcile() {
        listSubscriptions().thenAccept(live -> {
            Set<Long> sids = new HashSet<>();
            live.forEach(info -> sids.add(info.sid()));
            session.detachMissing(sids);
            session.restore().forEach(this::transmit);
        });
    }

    private void failPending(Throwable cause) {
        session.drain().forEach(pending -> pending.fail(cause).run());
    }

    private Map<String, String> upgradeHeaders(RequestSigner signer) {
        if (signer == null) {
            return Map.of();
        }
        String path = config.url().getRawPath() == null || config.url().getRawPath().isEmpty()
                ? "/" : config.url().getRawPath();
        return KalshiAuthHeaders.sign(config.credentials().keyId(), signer, clock, "GET", path).asMap();
    }

    private final class SupervisorEvents implements ConnectionSupervisor.Events {
        @Override
        public void opened(boolean reconnected) {
            dispatcher.connected(reconnected);
            if (reconnected) {
                session.restore().forEach(KalshiWebSocketClient.this::transmit);
            }
        }

        @Override
        public void text(String text) {
            onText(text);
        }

        @Override
        public void dropped(String reason, long reconnectInNanos) {
            session.connectionLost();
            failPending(new StreamConnectionException("connection lost: " + reason));
            dispatcher.disconnected(reason, reconnectInNanos);
        }
    }
}
