package dev.kalshisim.kalshi.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.core.auth.KalshiAuthHeaders;
import dev.kalshisim.core.auth.SignatureVerifier;
import dev.kalshisim.core.auth.TestKeys;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.time.VirtualClock;
import dev.kalshisim.core.wire.stream.Channel;
import dev.kalshisim.core.wire.stream.ChannelMessage;
import dev.kalshisim.core.wire.stream.Command;
import dev.kalshisim.core.wire.stream.ListSubscriptions;
import dev.kalshisim.core.wire.stream.OrderbookDelta;
import dev.kalshisim.core.wire.stream.StreamErrorCode;
import dev.kalshisim.core.wire.stream.StreamMessage;
import dev.kalshisim.core.wire.stream.Subscribe;
import dev.kalshisim.core.wire.stream.SubscribeParams;
import dev.kalshisim.core.wire.stream.SubscriptionInfo;
import dev.kalshisim.core.wire.stream.TickerUpdate;
import dev.kalshisim.core.wire.stream.UnknownMessage;
import dev.kalshisim.core.wire.stream.Unsubscribe;
import dev.kalshisim.core.wire.stream.UpdateAction;
import dev.kalshisim.core.wire.stream.UpdateOk;
import dev.kalshisim.core.wire.stream.UpdateSubscription;
import dev.kalshisim.core.wire.stream.UpdateSubscriptionParams;
import dev.kalshisim.kalshi.stream.FakeTransport.FakeConnection;
import dev.kalshisim.kalshi.stream.book.BookKeeper;
import dev.kalshisim.kalshi.stream.book.BookState;
import dev.kalshisim.kalshi.stream.book.NoSidePricing;
import java.net.URI;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class KalshiWebSocketClientTest {

    private static final KeyPair KEYS = TestKeys.FIRST;
    private static final long SECOND = 1_000_000_000L;
    private static final URI URL = URI.create("wss://demo-api.kalshi.co/trade-api/ws/v2");

    private final VirtualClock clock = VirtualClock.atMillis(1_700_000_000_000L);
    private final FakeTransport transport = new FakeTransport();
    private final StreamConfig config = StreamConfig.of(URL, TestKeys.credentials("key-id-1"));
    private final KalshiWebSocketClient client = KalshiWebSocketClient.create(config, transport, clock, new Random(1));
    private final List<String> connectionEvents = new ArrayList<>();
    private final List<Long> reconnectDelays = new ArrayList<>();

    KalshiWebSocketClientTest() {
        client.onConnection(new ConnectionListener() {
            @Override
            public void onConnected(boolean reconnected) {
                connectionEvents.add(reconnected ? "reconnected" : "connected");
            }

            @Override
            public void onDisconnected(String reason, long reconnectInNanos) {
                connectionEvents.add("disconnected: " + reason);
                reconnectDelays.add(reconnectInNanos);
            }
        });
    }

    @Test
    void theUpgradeIsSignedOverGetAndTheWebSocketPath() {
        client.connect();

        FakeTransport.Attempt attempt = transport.lastAttempt();
        assertThat(attempt.uri()).isEqualTo(URL);
        assertThat(attempt.headers()).containsEntry(KalshiAuthHeaders.ACCESS_KEY, "key-id-1")
                .containsEntry(KalshiAuthHeaders.ACCESS_TIMESTAMP, "1700000000000");
        String signature = attempt.headers().get(KalshiAuthHeaders.ACCESS_SIGNATURE);
        assertThat(new SignatureVerifier(KEYS.getPublic()).verify(1_700_000_000_000L, "GET", "/trade-api/ws/v2", signature))
                .isTrue();
    }

    @Test
    void connectCompletesWhenTheSocketOpens() {
        CompletableFuture<Void> connecting = client.connect();
        assertThat(client.state()).isEqualTo(ConnectionState.CONNECTING);

        transport.accept();

        assertThat(connecting).isCompleted();
        assertThat(client.state()).isEqualTo(ConnectionState.OPEN);
        assertThat(connectionEvents).containsExactly("connected");
    }

    @Test
    void aFailedFirstConnectFailsAndIsNotRetried() {
        CompletableFuture<Void> connecting = client.connect();

        transport.refuse();
        clock.advanceBy(3600 * SECOND);

        assertThat(connecting).isCompletedExceptionally();
        assertThatThrownBy(connecting::get).hasCauseInstanceOf(StreamConnectionException.class);
        assertThat(client.state()).isEqualTo(ConnectionState.CLOSED);
        assertThat(transport.attempts).hasSize(1);
    }

    @Test
    void commandIdsCountUpAndRepliesAreMatchedById() throws Exception {
        FakeConnection server = open();

        CompletableFuture<List<SubscriptionInfo>> subscribed = client.subscribe(
                SubscribeParams.markets(List.of("A", "B"), Channel.ORDERBOOK_DELTA, Channel.TICKER));
        CompletableFuture<List<SubscriptionInfo>> listed = client.listSubscriptions();
        CompletableFuture<UpdateOk> updated = client.updateSubscription(
                UpdateSubscriptionParams.of(1, UpdateAction.ADD_MARKETS, List.of("C")));

        assertThat(server.commands()).extracting(Command::id).containsExactly(1L, 2L, 3L);
        assertThat(server.commands()).extracting(Command::cmd)
                .containsExactly("subscribe", "list_subscriptions", "update_subscription");
        server.serverSends("{\"id\":3,\"sid\":1,\"seq\":9,\"type\":\"ok\",\"msg\":{\"market_tickers\":[\"A\",\"B\",\"C\"]}}");
        server.serverSends("{\"id\":1,\"type\":\"subscribed\",\"msg\":{\"channel\":\"orderbook_delta\",\"sid\":1}}");
        assertThat(subscribed).isNotDone();
        server.serverSends("{\"id\":2,\"type\":\"ok\",\"msg\":[{\"channel\":\"orderbook_delta\",\"sid\":1}]}");
        server.serverSends("{\"id\":1,\"type\":\"subscribed\",\"msg\":{\"channel\":\"ticker\",\"sid\":2}}");

        assertThat(subscribed.get()).containsExactly(new SubscriptionInfo("orderbook_delta", 1),
                new SubscriptionInfo("ticker", 2));
        assertThat(listed.get()).containsExactly(new SubscriptionInfo("orderbook_delta", 1));
        assertThat(updated.get().seq()).isEqualTo(9L);
    }

    @Test
    void anErrorReplyFailsTheCommandWithItsCode() {
        FakeConnection server = open();

        CompletableFuture<List<SubscriptionInfo>> subscribed = client.subscribe(SubscribeParams.allMarkets(Channel.FILL));
        server.serverSends("{\"id\":1,\"type\":\"error\",\"msg\":{\"code\":6,\"msg\":\"Already subscribed\"}}");

        assertThatThrownBy(subscribed::get).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(StreamCommandException.class,
                        failure -> assertThat(failure.errorCode()).isEqualTo(StreamErrorCode.ALREADY_SUBSCRIBED));
        assertThat(client.subscriptions()).isEmpty();
    }

    @Test
    void aCommandWithoutItsRepliesTimesOut() {
        FakeConnection server = open();

        CompletableFuture<List<SubscriptionInfo>> listed = client.listSubscriptions();
        clock.advanceBy(config.commandTimeoutNanos() - 1);
        assertThat(listed).isNotDone();
        clock.advanceBy(1);

        assertThatThrownBy(listed::get).hasCauseInstanceOf(TimeoutException.class);
        server.serverSends("{\"id\":1,\"type\":\"ok\",\"msg\":[]}");
    }

    @Test
    void commandsFailAtOnceWhenNotConnected() {
        CompletableFuture<List<SubscriptionInfo>> listed = client.listSubscriptions();

        assertThatThrownBy(listed::get).hasCauseInstanceOf(StreamConnectionException.class);
    }

    @Test
    void channelMessagesReachTheirTypedListenersAndEverythingReachesTheCatchAll() {
        FakeConnection server = open();
        List<ChannelMessage<TickerUpdate>> tickers = new ArrayList<>();
        List<StreamMessage> all = new ArrayList<>();
        client.onChannelMessage(TickerUpdate.class, message -> {
            throw new IllegalStateException("a broken listener");
        });
        client.onChannelMessage(TickerUpdate.class, tickers::add);
        Registration deltas = client.onChannelMessage(OrderbookDelta.class, message -> all.add(message));
        client.onMessage(all::add);
        deltas.close();

        server.serverSends("{\"type\":\"ticker\",\"sid\":3,\"msg\":{\"market_ticker\":\"A\",\"price_dollars\":\"0.4800\"}}");
        server.serverSends("{\"type\":\"orderbook_delta\",\"sid\":1,\"seq\":2,\"msg\":{\"market_ticker\":\"A\","
                + "\"price_dollars\":\"0.4\",\"delta_fp\":\"-1\",\"side\":\"no\"}}");
        server.serverSends("{\"type\":\"pyth_value\",\"sid\":4,\"msg\":{}}");

        assertThat(tickers).singleElement().satisfies(message -> assertThat(message.msg().marketTicker()).isEqualTo("A"));
        assertThat(all).hasSize(3);
        assertThat(all.get(2)).isInstanceOf(UnknownMessage.class);
    }

    @Test
    void aDropFailsCommandsInFlightAndReconnectsAfterAJitteredDelay() {
        FakeConnection server = open();
        CompletableFuture<List<SubscriptionInfo>> listed = client.listSubscriptions();

        server.serverCloses(1011, "restart");

        assertThatThrownBy(listed::get).hasCauseInstanceOf(StreamConnectionException.class);
        assertThat(client.state()).isEqualTo(ConnectionState.RECONNECTING);
        assertThat(connectionEvents).last().isEqualTo("disconnected: closed by server: 1011 restart");
        long delay = reconnectDelays.get(0);
        assertThat(delay).isBetween(0L, config.backoff().ceilingNanos(0));
        clock.advanceBy(delay - 1);
        assertThat(transport.attempts).hasSize(1);
        clock.advanceBy(1);
        assertThat(transport.attempts).hasSize(2);
        transport.accept();
        assertThat(connectionEvents).last().isEqualTo("reconnected");
    }

    @Test
    void aReconnectRestoresEveryOpenSubscriptionWithItsCurrentMarkets() throws Exception {
        FakeConnection first = open();
        client.subscribe(SubscribeParams.markets(List.of("A", "B"), Channel.ORDERBOOK_DELTA, Channel.TICKER)
                .withUseYesPrice(true));
        first.serverSends("{\"id\":1,\"type\":\"subscribed\",\"msg\":{\"channel\":\"orderbook_delta\",\"sid\":1}}");
        first.serverSends("{\"id\":1,\"type\":\"subscribed\",\"msg\":{\"channel\":\"ticker\",\"sid\":2}}");
        client.updateSubscription(UpdateSubscriptionParams.of(1, UpdateAction.ADD_MARKETS, List.of("C")));
        first.serverSends("{\"id\":2,\"sid\":1,\"seq\":5,\"type\":\"ok\",\"msg\":{\"market_tickers\":[\"A\",\"B\",\"C\"]}}");
        client.updateSubscription(UpdateSubscriptionParams.of(2, UpdateAction.DELETE_MARKETS, List.of("A")));
        first.serverSends("{\"id\":3,\"sid\":2,\"type\":\"ok\"}");

        FakeConnection second = dropAndReconnect(first);

        List<Command> restored = second.commands();
        assertThat(restored).hasSize(2).allMatch(command -> command instanceof Subscribe);
        SubscribeParams orderbook = ((Subscribe) restored.get(0)).params();
        SubscribeParams ticker = ((Subscribe) restored.get(1)).params();
        assertThat(orderbook.channels()).containsExactly("orderbook_delta");
        assertThat(orderbook.marketTickers()).containsExactly("A", "B", "C");
        assertThat(orderbook.useYesPrice()).isTrue();
        assertThat(ticker.channels()).containsExactly("ticker");
        assertThat(ticker.marketTickers()).containsExactly("B");
        second.serverSends("{\"id\":" + restored.get(0).id() + ",\"type\":\"subscribed\",\"msg\":{\"channel\":\"orderbook_delta\",\"sid\":7}}");
        second.serverSends("{\"id\":" + restored.get(1).id() + ",\"type\":\"subscribed\",\"msg\":{\"channel\":\"ticker\",\"sid\":8}}");
        assertThat(client.subscriptions()).extracting(ActiveSubscription::sid).containsExactly(7L, 8L);
        assertThat(ticker.useYesPrice()).as("options are resent as the caller sent them").isTrue();
        assertThat(client.pricingOf(7)).isEqualTo(NoSidePricing.YES_LEG);
        assertThat(client.pricingOf(1)).as("sids of the old connection are gone").isEqualTo(NoSidePricing.NO_LEG);
    }

    @Test
    void anUnsubscribedSubscriptionIsNotRestored() {
        FakeConnection first = open();
        client.subscribe(SubscribeParams.allMarkets(Channel.FILL));
        first.serverSends("{\"id\":1,\"type\":\"subscribed\",\"msg\":{\"channel\":\"fill\",\"sid\":1}}");
        client.unsubscribe(List.of(1L));
        first.serverSends("{\"id\":2,\"sid\":1,\"seq\":1,\"type\":\"unsubscribed\"}");

        FakeConnection second = dropAndReconnect(first);

        assertThat(second.sent).isEmpty();
        assertThat(client.subscriptions()).isEmpty();
    }

    @Test
    void theBackoffGrowsWhileReconnectsFailAndResetsAfterAStableConnection() {
        FakeConnection server = open();
        server.serverCloses(1006, "gone");
        for (int attempt = 1; attempt <= 8; attempt++) {
            clock.advanceBy(reconnectDelays.get(reconnectDelays.size() - 1));
            transport.refuse();
        }
        clock.advanceBy(reconnectDelays.get(reconnectDelays.size() - 1));
        FakeConnection stable = transport.accept();
        for (long up = 0; up < config.stableConnectionNanos(); up += 10 * SECOND) {
            clock.advanceBy(10 * SECOND);
            stable.serverPings();
        }
        stable.serverCloses(1006, "gone again");

        for (int i = 0; i < 9; i++) {
            assertThat(reconnectDelays.get(i)).as("attempt %d", i).isBetween(0L, config.backoff().ceilingNanos(i));
        }
        assertThat(config.backoff().ceilingNanos(8)).isEqualTo(25_600_000_000L);
        assertThat(reconnectDelays.get(9)).isBetween(0L, config.backoff().ceilingNanos(0));
    }

    @Test
    void theClientPingsAndKeepsABusyConnection() {
        FakeConnection server = open();

        for (int i = 0; i < 5; i++) {
            clock.advanceBy(config.pingIntervalNanos());
            server.serverPings();
        }

        assertThat(server.pings).isEqualTo(5);
        assertThat(client.state()).isEqualTo(ConnectionState.OPEN);
    }

    @Test
    void aSilentConnectionIsAbortedAndReplaced() {
        FakeConnection server = open();

        clock.advanceBy(config.idleTimeoutNanos());

        assertThat(server.aborted).isTrue();
        assertThat(client.state()).isEqualTo(ConnectionState.RECONNECTING);
        assertThat(connectionEvents).last().asString().startsWith("disconnected: no frame");
    }

    @Test
    void aTerminalErrorWithoutIdRestoresTheSubscriptionsTheServerDropped() {
        FakeConnection server = open();
        client.subscribe(SubscribeParams.markets(List.of("A"), Channel.ORDERBOOK_DELTA, Channel.TRADE));
        server.serverSends("{\"id\":1,\"type\":\"subscribed\",\"msg\":{\"channel\":\"orderbook_delta\",\"sid\":1}}");
        server.serverSends("{\"id\":1,\"type\":\"subscribed\",\"msg\":{\"channel\":\"trade\",\"sid\":2}}");

        server.serverSends("{\"type\":\"error\",\"msg\":{\"code\":25,\"msg\":\"Subscription buffer overflow\"}}");
        assertThat(server.lastCommand()).isInstanceOf(ListSubscriptions.class);
        server.serverSends("{\"id\":" + server.lastCommand().id() + ",\"type\":\"ok\",\"msg\":[{\"channel\":\"trade\",\"sid\":2}]}");

        Subscribe restore = (Subscribe) server.lastCommand();
        assertThat(restore.params().channels()).containsExactly("orderbook_delta");
        assertThat(restore.params().marketTickers()).containsExactly("A");
        server.serverSends("{\"id\":" + restore.id() + ",\"type\":\"subscribed\",\"msg\":{\"channel\":\"orderbook_delta\",\"sid\":3}}");
        assertThat(client.subscriptions()).extracting(ActiveSubscription::sid).containsExactlyInAnyOrder(2L, 3L);
    }

    @Test
    void resubscribeEndsTheSubscriptionAndOpensItAgain() throws Exception {
        FakeConnection server = open();
        client.subscribe(SubscribeParams.orderbook(List.of("A"), false));
        server.serverSends("{\"id\":1,\"type\":\"subscribed\",\"msg\":{\"channel\":\"orderbook_delta\",\"sid\":1}}");

        CompletableFuture<List<SubscriptionInfo>> reopened = client.resubscribe(1);
        assertThat(server.lastCommand()).isEqualTo(Unsubscribe.of(2, List.of(1L)));
        server.serverSends("{\"id\":2,\"type\":\"error\",\"msg\":{\"code\":7,\"msg\":\"Unknown subscription ID\"}}");
        assertThat(server.lastCommand()).isEqualTo(new Subscribe(3, SubscribeParams.orderbook(List.of("A"), false)));
        server.serverSends("{\"id\":3,\"type\":\"subscribed\",\"msg\":{\"channel\":\"orderbook_delta\",\"sid\":4}}");

        assertThat(reopened.get()).containsExactly(new SubscriptionInfo("orderbook_delta", 4));
        assertThat(client.subscriptions()).extracting(ActiveSubscription::sid).containsExactly(4L);
    }

    @Test
    void resubscribeAfterACleanUnsubscribeOpensTheSubscriptionAgain() throws Exception {
        FakeConnection server = open();
        client.subscribe(SubscribeParams.orderbook(List.of("A"), true));
        server.serverSends("{\"id\":1,\"type\":\"subscribed\",\"msg\":{\"channel\":\"orderbook_delta\",\"sid\":1}}");

        CompletableFuture<List<SubscriptionInfo>> reopened = client.resubscribe(1);
        server.serverSends("{\"id\":2,\"sid\":1,\"seq\":9,\"type\":\"unsubscribed\"}");
        server.serverSends("{\"id\":3,\"type\":\"subscribed\",\"msg\":{\"channel\":\"orderbook_delta\",\"sid\":2}}");

        assertThat(server.commands().get(2)).isEqualTo(new Subscribe(3, SubscribeParams.orderbook(List.of("A"), true)));
        assertThat(reopened.get()).containsExactly(new SubscriptionInfo("orderbook_delta", 2));
    }

    @Test
    void resubscribeDoesNotDuplicateASubscriptionAReconcileRestored() throws Exception {
        FakeConnection server = open();
        client.subscribe(SubscribeParams.orderbook(List.of("A"), false));
        server.serverSends("{\"id\":1,\"type\":\"subscribed\",\"msg\":{\"channel\":\"orderbook_delta\",\"sid\":1}}");
        server.serverSends("{\"type\":\"error\",\"msg\":{\"code\":25,\"msg\":\"Subscription buffer overflow\"}}");

        CompletableFuture<List<SubscriptionInfo>> reopened = client.resubscribe(1);
        server.serverSends("{\"id\":2,\"type\":\"ok\",\"msg\":[]}");
        server.serverSends("{\"id\":3,\"type\":\"error\",\"msg\":{\"code\":7,\"msg\":\"Unknown subscription ID\"}}");

        assertThat(server.commands()).extracting(Command::cmd)
                .containsExactly("subscribe", "list_subscriptions", "unsubscribe", "subscribe");
        assertThat(reopened.get()).isEmpty();
    }

    @Test
    void anAttachedBookKeeperRepairsAGapWithGetSnapshot() {
        FakeConnection server = open();
        BookKeeper keeper = client.attachBookKeeper();
        client.subscribe(SubscribeParams.orderbook(List.of("A"), false));
        server.serverSends("{\"id\":1,\"type\":\"subscribed\",\"msg\":{\"channel\":\"orderbook_delta\",\"sid\":1}}");
        server.serverSends(snapshot(1, 1, "0.40", "10.00"));
        server.serverSends(delta(1, 2, "0.40", "-4.00"));
        assertThat(keeper.book("A").orElseThrow().snapshot().bestYesBid().orElseThrow().count())
                .isEqualTo(Count.ofContracts(6));

        server.serverSends(delta(1, 4, "0.40", "-1.00"));

        assertThat(keeper.book("A").orElseThrow().state()).isEqualTo(BookState.INVALID);
        UpdateSubscription request = (UpdateSubscription) server.lastCommand();
        assertThat(request.params().targetSid()).isEqualTo(1L);
        assertThat(request.params().action()).isEqualTo("get_snapshot");
        assertThat(request.params().marketTickers()).containsExactly("A");
        server.serverSends(snapshot(1, 5, "0.40", "5.00"));
        server.serverSends("{\"id\":" + request.id() + ",\"sid\":1,\"seq\":6,\"type\":\"ok\",\"msg\":{\"market_tickers\":[\"A\"]}}");
        server.serverSends(delta(1, 7, "0.40", "1.00"));
        assertThat(keeper.book("A").orElseThrow().snapshot().bestYesBid().orElseThrow().count())
                .isEqualTo(Count.ofContracts(6));
        assertThat(keeper.book("A").orElseThrow().state()).isEqualTo(BookState.LIVE);
    }

    @Test
    void anAttachedBookKeeperRebuildsAfterAReconnect() {
        FakeConnection first = open();
        BookKeeper keeper = client.attachBookKeeper();
        client.subscribe(SubscribeParams.orderbook(List.of("A"), true));
        first.serverSends("{\"id\":1,\"type\":\"subscribed\",\"msg\":{\"channel\":\"orderbook_delta\",\"sid\":1}}");
        first.serverSends(snapshot(1, 1, "0.40", "10.00"));

        FakeConnection second = dropAndReconnect(first);
        assertThat(keeper.book("A").orElseThrow().state()).isEqualTo(BookState.INVALID);
        second.serverSends("{\"id\":" + second.lastCommand().id()
                + ",\"type\":\"subscribed\",\"msg\":{\"channel\":\"orderbook_delta\",\"sid\":1}}");
        second.serverSends(snapshot(1, 1, "0.41", "3.00"));

        assertThat(keeper.book("A").orElseThrow().snapshot().bestYesBid().orElseThrow().price().toString())
                .isEqualTo("0.4100");
        assertThat(keeper.book("A").orElseThrow().state()).isEqualTo(BookState.LIVE);
    }

    @Test
    void closeStopsEverything() {
        FakeConnection server = open();
        CompletableFuture<List<SubscriptionInfo>> listed = client.listSubscriptions();

        client.close();
        clock.advanceBy(3600 * SECOND);

        assertThat(server.closed).isTrue();
        assertThat(listed).isCompletedExceptionally();
        assertThat(client.state()).isEqualTo(ConnectionState.CLOSED);
        assertThat(transport.attempts).hasSize(1);
        assertThat(server.pings).isZero();
    }

    @Test
    void aDeltaSideNoIsTypedAsOutcomeSide() {
        FakeConnection server = open();
        List<OrderbookDelta> deltas = new ArrayList<>();
        client.onChannelMessage(OrderbookDelta.class, message -> deltas.add(message.msg()));

        server.serverSends(delta(1, 1, "0.40", "2.00").replace("\"yes\"", "\"no\""));

        assertThat(deltas).singleElement().satisfies(delta -> assertThat(delta.side()).isEqualTo(OutcomeSide.NO));
    }

    @Test
    void frameListenersGetEveryFrameVerbatimBeforeTheParsedMessage() {
        FakeConnection server = open();
        List<String> order = new ArrayList<>();
        client.onFrame(text -> order.add("frame " + text));
        client.onMessage(message -> order.add("message " + message.type()));
        String withUnknownField = "{\"type\":\"orderbook_delta\", \"sid\":1,\"seq\":2,\"msg\":{\"market_ticker\":\"A\","
                + "\"price_dollars\":\"0.4000\",\"delta_fp\":\"2.00\",\"side\":\"yes\",\"new_field\":[1, 2]}}";

        server.serverSends(withUnknownField);
        server.serverSends("{\"type\":\"some_future_type\",\"msg\":{}}");

        assertThat(order).containsExactly("frame " + withUnknownField, "message orderbook_delta",
                "frame {\"type\":\"some_future_type\",\"msg\":{}}", "message some_future_type");
    }

    @Test
    void aRemovedFrameListenerHearsNothingMore() {
        FakeConnection server = open();
        List<String> frames = new ArrayList<>();
        Registration registration = client.onFrame(frames::add);
        server.serverSends(snapshot(1, 1, "0.40", "2.00"));

        registration.close();
        server.serverSends(delta(1, 2, "0.40", "1.00"));

        assertThat(frames).containsExactly(snapshot(1, 1, "0.40", "2.00"));
    }

    private FakeConnection open() {
        client.connect();
        return transport.accept();
    }

    private FakeConnection dropAndReconnect(FakeConnection current) {
        current.serverCloses(1006, "network");
        clock.advanceBy(reconnectDelays.get(reconnectDelays.size() - 1));
        return transport.accept();
    }

    private static String snapshot(long sid, long seq, String price, String size) {
        return "{\"type\":\"orderbook_snapshot\",\"sid\":" + sid + ",\"seq\":" + seq + ",\"msg\":{\"market_ticker\":\"A\","
                + "\"market_id\":\"id-a\",\"yes_dollars_fp\":[[\"" + price + "\",\"" + size + "\"]]}}";
    }

    private static String delta(long sid, long seq, String price, String delta) {
        return "{\"type\":\"orderbook_delta\",\"sid\":" + sid + ",\"seq\":" + seq + ",\"msg\":{\"market_ticker\":\"A\","
                + "\"market_id\":\"id-a\",\"price_dollars\":\"" + price + "\",\"delta_fp\":\"" + delta + "\",\"side\":\"yes\"}}";
    }
}
