package dev.kalshisim.core.wire.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.FeeType;
import dev.kalshisim.core.model.MarketResult;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.OrderStatus;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StreamCodecTest {

    private final StreamCodec codec = StreamCodec.create();

    static Stream<Path> messageSamples() {
        return samples("stream/messages");
    }

    static Stream<Path> commandSamples() {
        return samples("stream/commands");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messageSamples")
    void messageSampleIsReadAndRewrittenAsTheSameJson(Path sample) throws IOException {
        String text = Files.readString(sample, StandardCharsets.UTF_8);

        StreamMessage message = codec.readMessage(text);

        assertThat(message).isNotInstanceOf(MalformedMessage.class);
        if (!sample.getFileName().toString().startsWith("unknown")) {
            assertThat(message).isNotInstanceOf(UnknownMessage.class);
        }
        assertThat(tree(codec.write(message))).isEqualTo(tree(text));
        assertThat(codec.readMessage(codec.write(message))).isEqualTo(message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandSamples")
    void commandSampleIsReadAndRewrittenAsTheSameJson(Path sample) throws IOException {
        String text = Files.readString(sample, StandardCharsets.UTF_8);

        Command command = codec.readCommand(text);

        assertThat(command).isNotInstanceOfAny(UnknownCommand.class, MalformedCommand.class);
        assertThat(tree(codec.write(command))).isEqualTo(tree(text));
    }

    @Test
    void snapshotLevelsAreTypedFixedPointValues() {
        ChannelMessage<?> message = (ChannelMessage<?>) codec.readMessage(resource("stream/messages/orderbook_snapshot.json"));

        OrderbookSnapshot snapshot = message.as(OrderbookSnapshot.class).msg();
        assertThat(message.sid()).isEqualTo(2);
        assertThat(message.seq()).isEqualTo(2L);
        assertThat(snapshot.marketTicker()).isEqualTo("FED-23DEC-T3.00");
        assertThat(snapshot.yesLevels()).containsExactly(
                new PriceLevel(Price.ofUnits(800), Count.ofContracts(300)),
                new PriceLevel(Price.ofUnits(2200), Count.ofContracts(333)));
        assertThat(snapshot.noLevels()).first().isEqualTo(new PriceLevel(Price.ofUnits(5400), Count.ofContracts(20)));
    }

    @Test
    void deltaFromTheSpecExampleKeepsItsSignAndReadsThreeDecimalPrices() {
        String asyncApiExample = """
                {"type":"orderbook_delta","sid":2,"seq":3,"msg":{"market_ticker":"FED-23DEC-T3.00",
                 "market_id":"9b0f6b43-5b68-4f9f-9f02-9a2d1b8ac1a1","price_dollars":"0.960","delta_fp":"-54.00",
                 "side":"yes","ts":"2022-11-22T20:44:01Z","ts_ms":1669149841000}}""";

        OrderbookDelta delta = ((ChannelMessage<?>) codec.readMessage(asyncApiExample)).as(OrderbookDelta.class).msg();

        assertThat(delta.priceDollars()).isEqualTo(Price.ofUnits(9600));
        assertThat(delta.deltaFp()).isEqualTo(Count.ofHundredths(-5400));
        assertThat(delta.side()).isEqualTo(OutcomeSide.YES);
        assertThat(delta.tsMs()).isEqualTo(1669149841000L);
        assertThat(delta.clientOrderId()).isNull();
    }

    @Test
    void privateChannelPayloadsUseModelTypes() {
        FillUpdate fill = payload("stream/messages/fill.json", FillUpdate.class);
        assertThat(fill.feeCost()).isEqualTo(Money.parse("3.65"));
        assertThat(fill.postPositionFp()).isEqualTo(Count.ofContracts(-500));
        assertThat(fill.bookSide()).isEqualTo(BookSide.BID);
        assertThat(fill.isTaker()).isTrue();

        UserOrderUpdate order = payload("stream/messages/user_order.json", UserOrderUpdate.class);
        assertThat(order.status()).isEqualTo(OrderStatus.RESTING);
        assertThat(order.remainingCountFp()).isEqualTo(Count.ofContracts(10));

        MarketLifecycleUpdate determined = payload("stream/messages/market_lifecycle_determined.json",
                MarketLifecycleUpdate.class);
        assertThat(determined.eventType()).isEqualTo(MarketLifecycleUpdate.DETERMINED);
        assertThat(determined.result()).isEqualTo(MarketResult.YES);
        assertThat(determined.settlementValue()).isEqualTo(Price.ONE);
    }

    @Test
    void bothLifecycleTypesShareOnePayload() {
        StreamMessage message = codec.readMessage(resource("stream/messages/multivariate_market_lifecycle.json"));

        assertThat(message.type()).isEqualTo(MessageTypes.MULTIVARIATE_MARKET_LIFECYCLE);
        assertThat(((ChannelMessage<?>) message).msg()).isInstanceOf(MarketLifecycleUpdate.class);
    }

    @Test
    void okRepliesAreToldApartByTheShapeOfTheirBody() {
        assertThat(codec.readMessage(resource("stream/messages/ok_list.json")))
                .isEqualTo(new SubscriptionList(3L, List.of(new SubscriptionInfo("orderbook_delta", 1),
                        new SubscriptionInfo("ticker", 2), new SubscriptionInfo("fill", 3))));
        assertThat(codec.readMessage(resource("stream/messages/ok_update.json")))
                .isEqualTo(new UpdateOk(123L, 456L, 222L,
                        new UpdatedMarkets(List.of("MARKET-1", "MARKET-2", "MARKET-3"), null)));
    }

    @Test
    void errorCodesAreNumbersWithNamedConstants() {
        ErrorReply terminal = (ErrorReply) codec.readMessage(resource("stream/messages/error_terminal_no_id.json"));
        ErrorReply future = (ErrorReply) codec.readMessage("{\"id\":4,\"type\":\"error\",\"msg\":{\"code\":99,\"msg\":\"new\"}}");

        assertThat(terminal.id()).isNull();
        assertThat(terminal.errorCode()).isEqualTo(StreamErrorCode.BUFFER_OVERFLOW);
        assertThat(terminal.errorCode().isTerminal()).isTrue();
        assertThat(future.errorCode()).isEqualTo(StreamErrorCode.UNKNOWN);
        assertThat(future.msg().code()).isEqualTo(99);
        assertThat(StreamErrorCode.fromCode(6).isTerminal()).isFalse();
    }

    @Test
    void serverRepliesWrittenFromFactoriesMatchTheSpecExamples() {
        assertThat(tree(codec.write(Subscribed.of(1, "orderbook_delta", 1))))
                .isEqualTo(tree(resource("stream/messages/subscribed.json")));
        assertThat(tree(codec.write(ErrorReply.of(123, StreamErrorCode.ALREADY_SUBSCRIBED))))
                .isEqualTo(tree(resource("stream/messages/error.json")));
        assertThat(tree(codec.write(ErrorReply.forMarket(127, StreamErrorCode.MARKET_NOT_FOUND, "INVALID-MARKET"))))
                .isEqualTo(tree(resource("stream/messages/error_market.json")));
        assertThat(tree(codec.write(Unsubscribed.of(0, 2, 7)))).isEqualTo(tree("{\"sid\":2,\"seq\":7,\"type\":\"unsubscribed\"}"));
    }

    @Test
    void clearedFeeOverridesAreWrittenAsNulls() {
        String written = codec.write(ChannelMessage.unsequenced(5, new EventFeeUpdate("KXBTCD-26MAY2018", null, null)));

        assertThat(tree(written)).isEqualTo(tree(resource("stream/messages/event_fee_update_cleared.json")));
        assertThat(payload("stream/messages/event_fee_update_set.json", EventFeeUpdate.class).feeTypeOverride())
                .isEqualTo(FeeType.QUADRATIC);
    }

    @Test
    void snapshotFactoryLeavesOutAnEmptySide() {
        OrderbookSnapshot snapshot = OrderbookSnapshot.of("KXBTCD-26FEB14-T100000", "2ee24704-7e13-4248-97f5-3b7ffabf4325",
                List.of(new PriceLevel(Price.parse("0.4512"), Count.parse("0.5"))), List.of());

        assertThat(tree(codec.write(ChannelMessage.sequenced(5, 1, snapshot))))
                .isEqualTo(tree(resource("stream/messages/orderbook_snapshot_one_side.json")));
    }

    @Test
    void unknownTypesAndFieldsDoNotFail() {
        StreamMessage unknown = codec.readMessage("{\"type\":\"brand_new\",\"sid\":1,\"msg\":{\"x\":1}}");
        StreamMessage extraField = codec.readMessage(
                "{\"type\":\"subscribed\",\"id\":1,\"surprise\":true,\"msg\":{\"channel\":\"fill\",\"sid\":4,\"more\":[1]}}");

        assertThat(unknown).isInstanceOf(UnknownMessage.class);
        assertThat(unknown.type()).isEqualTo("brand_new");
        assertThat(extraField).isEqualTo(Subscribed.of(1, "fill", 4));
    }

    @Test
    void unreadableMessagesBecomeValuesThatKeepTheEnvelope() {
        StreamMessage notJson = codec.readMessage("heartbeat");
        StreamMessage badDelta = codec.readMessage(
                "{\"type\":\"orderbook_delta\",\"sid\":2,\"seq\":9,\"msg\":{\"market_ticker\":\"A\",\"price_dollars\":\"1.5\","
                        + "\"delta_fp\":\"1.00\",\"side\":\"yes\"}}");
        StreamMessage missingPrice = codec.readMessage(
                "{\"type\":\"orderbook_delta\",\"sid\":2,\"seq\":10,\"msg\":{\"market_ticker\":\"A\",\"delta_fp\":\"1.00\",\"side\":\"yes\"}}");

        assertThat(notJson).isInstanceOf(MalformedMessage.class);
        assertThat(badDelta).isInstanceOfSatisfying(MalformedMessage.class, malformed -> {
            assertThat(malformed.type()).isEqualTo("orderbook_delta");
            assertThat(malformed.sid()).isEqualTo(2L);
            assertThat(malformed.seq()).isEqualTo(9L);
            assertThat(malformed.error()).contains("price");
        });
        assertThat(missingPrice).isInstanceOfSatisfying(MalformedMessage.class,
                malformed -> assertThat(malformed.error()).contains("price_dollars"));
    }

    @Test
    void unknownAndMalformedCommandsKeepWhatAServerNeedsToAnswer() {
        Command unknown = codec.readCommand("{\"id\":5,\"cmd\":\"subscribe_all\"}");
        Command malformed = codec.readCommand("{\"id\":6,\"cmd\":\"unsubscribe\",\"params\":{\"sids\":\"x\"}}");
        Command noParams = codec.readCommand("{\"id\":7,\"cmd\":\"subscribe\"}");

        assertThat(unknown).isInstanceOfSatisfying(UnknownCommand.class, command -> {
            assertThat(command.id()).isEqualTo(5);
            assertThat(command.cmd()).isEqualTo("subscribe_all");
        });
        assertThat(malformed).isInstanceOfSatisfying(MalformedCommand.class,
                command -> assertThat(command.id()).isEqualTo(6));
        assertThat(noParams).isEqualTo(new Subscribe(7, null));
    }

    @Test
    void updateParamsNameExactlyOneSubscription() {
        UpdateSubscription bySids = (UpdateSubscription) codec.readCommand(resource("stream/commands/update_get_snapshot.json"));
        UpdateSubscription bySid = (UpdateSubscription) codec.readCommand(resource("stream/commands/update_single_sid.json"));
        UpdateSubscriptionParams both = new UpdateSubscriptionParams(1L, List.of(1L), null, null, null, null, null,
                "add_markets", null, null);

        assertThat(bySids.params().targetSid()).isEqualTo(456L);
        assertThat(bySids.params().action()).isEqualTo(UpdateAction.GET_SNAPSHOT.wire());
        assertThat(bySid.params().targetSid()).isEqualTo(456L);
        assertThat(both.targetSid()).isNull();
    }

    @Test
    void commandsBuiltFromFactoriesMatchTheSectionThirteenExamples() {
        Subscribe subscribe = new Subscribe(1, SubscribeParams.orderbook(List.of("A", "B"), true));

        assertThat(tree(codec.write(subscribe))).isEqualTo(tree(resource("stream/commands/subscribe_orderbook.json")));
        assertThat(tree(codec.write(Unsubscribe.of(124, List.of(1L, 2L)))))
                .isEqualTo(tree(resource("stream/commands/unsubscribe.json")));
        assertThat(tree(codec.write(new ListSubscriptions(3))))
                .isEqualTo(tree(resource("stream/commands/list_subscriptions.json")));
        assertThat(tree(codec.write(new UpdateSubscription(126,
                UpdateSubscriptionParams.of(456, UpdateAction.ADD_MARKETS, List.of("NEW-MARKET-3", "NEW-MARKET-4"))))))
                .isEqualTo(tree(resource("stream/commands/update_single_sid.json")));
    }

    @Test
    void aPayloadCannotBeSentUnderAnotherType() {
        OrderbookDelta delta = OrderbookDelta.of("A", "id", Price.ofCents(50), Count.ofContracts(1), OutcomeSide.YES, 1L);

        assertThatThrownBy(() -> new ChannelMessage<>(MessageTypes.TRADE, 1, 1L, delta))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OrderbookDelta");
        assertThat(ChannelMessage.sequenced(1, 1, delta).type()).isEqualTo(MessageTypes.ORDERBOOK_DELTA);
    }

    private <P extends ChannelPayload> P payload(String resource, Class<P> type) {
        return ((ChannelMessage<?>) codec.readMessage(resource(resource))).as(type).msg();
    }

    private JsonNode tree(String json) {
        try {
            return codec.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String name) {
        try {
            return Files.readString(Path.of(StreamCodecTest.class.getClassLoader().getResource(name).toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stream<Path> samples(String folder) {
        try {
            Path directory = Path.of(StreamCodecTest.class.getClassLoader().getResource(folder).toURI());
            try (Stream<Path> files = Files.list(directory)) {
                return files.filter(path -> path.toString().endsWith(".json")).sorted().toList().stream();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
