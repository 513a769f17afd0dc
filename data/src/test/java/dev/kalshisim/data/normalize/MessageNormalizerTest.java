package dev.kalshisim.data.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.data.event.BookDelta;
import dev.kalshisim.data.event.BookSnapshot;
import dev.kalshisim.data.event.Level;
import dev.kalshisim.data.event.MarketEvent;
import dev.kalshisim.data.event.MarketStatusChange;
import dev.kalshisim.data.event.TickerQuote;
import dev.kalshisim.data.event.TradePrint;
import dev.kalshisim.data.recording.RecordedMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageNormalizerTest {

    private static final String T = "KXTEST-26JAN01-A";
    private final MessageNormalizer normalizer = new MessageNormalizer();

    @Test
    void todaysFixedPointFramesNormalizeExactly() throws IOException {
        List<MarketEvent> events = wsEvents("ws-fp.jsonl");

        assertThat(events).hasSize(6);
        BookSnapshot snapshot = (BookSnapshot) events.get(0);
        assertThat(snapshot.ticker()).isEqualTo(T);
        assertThat(snapshot.sid()).isEqualTo(1);
        assertThat(snapshot.seq()).isEqualTo(2);
        assertThat(snapshot.yesBids()).containsExactly(level("0.0100", "1500.00"), level("0.4400", "12.50"),
                level("0.4500", "12.00"));
        assertThat(snapshot.noBids()).containsExactly(level("0.5300", "7.00"), level("0.5400", "3.33"));

        BookDelta delta = (BookDelta) events.get(1);
        assertThat(delta).isEqualTo(new BookDelta(103, 1_767_268_800_123_000_000L, T, 1, 3, OutcomeSide.YES,
                Price.parse("0.4500"), Count.parseSigned("-2.50")));
        // Without ts_ms the ISO ts is the exchange time, to the microsecond.
        assertThat(events.get(2).exchangeNanos()).isEqualTo(1_767_268_800_200_000_000L);

        assertThat(events.get(3)).isEqualTo(new TradePrint(105, 1_767_268_801_500_000_000L, T, "t-1",
                Price.parse("0.4500"), Count.parse("3.00"), OutcomeSide.NO));
        assertThat(events.get(4)).isEqualTo(new TickerQuote(106, 1_767_268_802_000_000_000L, T, Price.parse("0.45"),
                Price.parse("0.46"), Price.parse("0.45"), Count.parse("1234"), Count.parse("800")));
        assertThat(events.get(5)).isEqualTo(new MarketStatusChange(107, 0, T, "determined", "yes"));
    }

    @Test
    void legacyCentFramesNormalizeToTheSameEvents() throws IOException {
        List<MarketEvent> events = wsEvents("ws-legacy.jsonl");

        assertThat(events).hasSize(5);
        BookSnapshot snapshot = (BookSnapshot) events.get(0);
        assertThat(snapshot.yesBids()).containsExactly(level("0.01", "1500"), level("0.44", "12"), level("0.45", "12"));
        assertThat(snapshot.noBids()).containsExactly(level("0.53", "7"), level("0.54", "3"));
        assertThat(events.get(1)).isEqualTo(new BookDelta(102, 1_767_268_800_123_456_000L, T, 1, 2, OutcomeSide.YES,
                Price.ofCents(45), Count.ofContracts(-2)));
        assertThat(events.get(2)).isEqualTo(new BookDelta(103, 0, T, 1, 3, OutcomeSide.NO, Price.ofCents(54),
                Count.ofContracts(10)));
        // A legacy ts is Unix seconds.
        assertThat(events.get(3)).isEqualTo(new TradePrint(104, 1_767_268_801_000_000_000L, T, "t-1",
                Price.ofCents(45), Count.ofContracts(3), OutcomeSide.NO));
        assertThat(events.get(4)).isEqualTo(new TickerQuote(105, 1_767_268_802_000_000_000L, T, Price.ofCents(45),
                Price.ofCents(46), Price.ofCents(45), Count.ofContracts(1234), Count.ofContracts(800)));
    }

    @Test
    void framesWithoutMarketDataYieldNothingButKeepTheirSequence() {
        NormalizedMessage ok = normalizer.read(RecordedMessage.ws(1,
                "{\"type\":\"ok\",\"id\":4,\"sid\":1,\"seq\":7,\"msg\":{\"market_tickers\":[\"A\"]}}"));
        assertThat(ok.events()).isEmpty();
        assertThat(ok.hasSequence()).isTrue();
        assertThat(ok.seq()).isEqualTo(7);

        NormalizedMessage subscribed = normalizer.read(RecordedMessage.ws(1,
                "{\"type\":\"subscribed\",\"id\":1,\"msg\":{\"channel\":\"trade\",\"sid\":2}}"));
        assertThat(subscribed.events()).isEmpty();
        assertThat(subscribed.hasSequence()).isFalse();
        assertThat(normalizer.normalize(RecordedMessage.ws(1, "{\"type\":\"user_order\",\"sid\":9,\"seq\":1,"
                + "\"msg\":{\"order_id\":\"x\"}}"))).isEmpty();
    }

    @Test
    void restBooksOfBothShapesBecomeSnapshotsWithSidAndSeqZero() throws IOException {
        String path = "/trade-api/v2/markets/" + T + "/orderbook?depth=0";
        BookSnapshot fp = (BookSnapshot) single(RecordedMessage.rest(5, path, resource("rest-orderbook-fp.json")));
        BookSnapshot legacy = (BookSnapshot) single(RecordedMessage.rest(5, path, resource("rest-orderbook-legacy.json")));

        assertThat(fp.ticker()).isEqualTo(T);
        assertThat(fp.sid()).isZero();
        assertThat(fp.seq()).isZero();
        assertThat(fp.yesBids()).containsExactly(level("0.01", "1500"), level("0.44", "12.5"), level("0.45", "12"));
        assertThat(legacy.yesBids()).containsExactly(level("0.01", "1500"), level("0.44", "12"), level("0.45", "12"));
        assertThat(legacy.noBids()).isEqualTo(fp.noBids().stream().map(l -> l.price().equals(Price.parse("0.54"))
                ? level("0.54", "3") : l).toList());

        // The oldest shape: cents only, no dollars arrays beside them.
        BookSnapshot cents = (BookSnapshot) single(RecordedMessage.rest(5, path,
                "{\"orderbook\":{\"yes\":[[1,1500],[44,12]],\"no\":null}}"));
        assertThat(cents.yesBids()).containsExactly(level("0.01", "1500"), level("0.44", "12"));
        assertThat(cents.noBids()).isEmpty();

        BookSnapshot empty = (BookSnapshot) single(RecordedMessage.rest(5, path,
                resource("rest-orderbook-empty-legacy.json")));
        assertThat(empty.yesBids()).isEmpty();
        assertThat(empty.noBids()).isEmpty();
    }

    @Test
    void restTradesOfBothGenerationsBecomePrints() throws IOException {
        List<MarketEvent> legacy = normalizer.normalize(RecordedMessage.rest(9,
                "/trade-api/v2/markets/trades?ticker=" + T + "&limit=2", resource("rest-trades-legacy.json")));
        assertThat(legacy).containsExactly(
                new TradePrint(9, 1_767_268_805_500_000_000L, T, "t-2", Price.ofCents(6), Count.ofContracts(2),
                        OutcomeSide.NO),
                new TradePrint(9, 1_767_268_801_000_000_000L, T, "t-1", Price.ofCents(7), Count.ofContracts(1),
                        OutcomeSide.YES));

        List<MarketEvent> fp = normalizer.normalize(RecordedMessage.rest(9, "/trade-api/v2/historical/trades?cursor=x",
                resource("rest-trades-fp.json")));
        assertThat(fp).containsExactly(new TradePrint(9, 1_767_268_805_500_000_000L, T, "t-2",
                Price.parse("0.0650"), Count.parse("2.50"), OutcomeSide.NO));

        assertThat(normalizer.normalize(RecordedMessage.rest(9, "/trade-api/v2/markets/" + T, "{\"market\":{}}")))
                .isEmpty();
    }

    @Test
    void aTradeWithOnlyTheNoPriceTakesItsComplement() {
        TradePrint trade = (TradePrint) single(RecordedMessage.ws(1, "{\"type\":\"trade\",\"sid\":2,\"seq\":1,\"msg\":"
                + "{\"market_ticker\":\"A\",\"no_price_dollars\":\"0.3000\",\"count_fp\":\"1.00\"}}"));
        assertThat(trade.yesPrice()).isEqualTo(Price.parse("0.70"));
        assertThat(trade.takerSide()).isNull();
    }

    @Test
    void malformedKnownFieldsAreNamed() {
        assertThatThrownBy(() -> normalizer.normalize(delta("\"price_dollars\":\"0.45x\",\"delta_fp\":\"1.00\"")))
                .isInstanceOf(NormalizeException.class)
                .hasMessage("orderbook_delta: price_dollars must be a decimal like \"0.5000\", got \"0.45x\"");
        assertThatThrownBy(() -> normalizer.normalize(delta("\"price\":45.5,\"delta\":1")))
                .isInstanceOf(NormalizeException.class).hasMessageContaining("price must be an integer");
        assertThatThrownBy(() -> normalizer.normalize(delta("\"price\":145,\"delta\":1")))
                .hasMessageContaining("price must be cents from 0 to 100");
        assertThatThrownBy(() -> normalizer.normalize(delta("\"price_dollars\":\"0.4500\"")))
                .hasMessageContaining("delta_fp is missing");
        assertThatThrownBy(() -> normalizer.normalize(RecordedMessage.ws(1, "{\"type\":\"orderbook_snapshot\",\"sid\":1,"
                + "\"seq\":1,\"msg\":{\"market_ticker\":\"A\",\"yes_dollars_fp\":[[\"0.45\",\"-1.00\"]]}}")))
                .hasMessage("orderbook_snapshot: yes_dollars_fp[0] must not be negative, got \"-1.00\"");
        assertThatThrownBy(() -> normalizer.normalize(RecordedMessage.rest(1, "/markets/trades",
                "{\"trades\":[{\"ticker\":\"A\",\"yes_price\":5,\"count\":\"x\"}]}")))
                .hasMessageStartingWith("GET /markets/trades trades[0]: count ");
        assertThatThrownBy(() -> normalizer.normalize(RecordedMessage.ws(1, "[1]")))
                .isInstanceOf(NormalizeException.class);
    }

    @Test
    void theTypeAloneIsReadCheaply() {
        assertThat(MessageNormalizer.typeOf(RecordedMessage.ws(1, "{\"sid\":1,\"msg\":{\"type\":\"inner\"},"
                + "\"type\":\"orderbook_delta\"}"))).isEqualTo("orderbook_delta");
        assertThat(MessageNormalizer.typeOf(RecordedMessage.ws(1, "{\"id\":1}"))).isEqualTo("(no type)");
        assertThat(MessageNormalizer.typeOf(RecordedMessage.rest(1, "/trade-api/v2/markets/A/orderbook?depth=0", "{}")))
                .isEqualTo("rest:orderbook");
        assertThat(MessageNormalizer.typeOf(RecordedMessage.rest(1, "/trade-api/v2/historical/trades", "{}")))
                .isEqualTo("rest:trades");
        assertThat(MessageNormalizer.typeOf(RecordedMessage.rest(1, "/trade-api/v2/series/S/markets/A/candlesticks"
                + "?period_interval=1", "{}"))).isEqualTo("rest:candlesticks");
        assertThat(MessageNormalizer.typeOf(RecordedMessage.rest(1, "/trade-api/v2/events/E?with_nested_markets=true",
                "{}"))).isEqualTo("rest:events");
    }

    private static RecordedMessage delta(String fields) {
        return RecordedMessage.ws(1, "{\"type\":\"orderbook_delta\",\"sid\":1,\"seq\":1,\"msg\":{\"market_ticker\":\"A\","
                + "\"side\":\"yes\"," + fields + "}}");
    }

    private MarketEvent single(RecordedMessage message) {
        List<MarketEvent> events = normalizer.normalize(message);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    /** Each line of the fixture is a frame received at 100 + its line index. */
    private List<MarketEvent> wsEvents(String fixture) throws IOException {
        List<MarketEvent> events = new ArrayList<>();
        String[] lines = resource(fixture).split("\n");
        for (int i = 0; i < lines.length; i++) {
            events.addAll(normalizer.normalize(RecordedMessage.ws(100 + i, lines[i])));
        }
        return events;
    }

    private static Level level(String price, String size) {
        return new Level(Price.parseLenient(price), Count.parse(size));
    }

    static String resource(String name) throws IOException {
        try (InputStream in = MessageNormalizerTest.class.getResourceAsStream("/normalize/" + name)) {
            if (in == null) {
                throw new IOException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
