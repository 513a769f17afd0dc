package dev.kalshisim.data.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.wire.stream.ChannelMessage;
import dev.kalshisim.core.wire.stream.OrderbookDelta;
import dev.kalshisim.core.wire.stream.OrderbookSnapshot;
import dev.kalshisim.core.wire.stream.StreamCodec;
import dev.kalshisim.core.wire.stream.TickerUpdate;
import dev.kalshisim.core.wire.stream.TradeUpdate;
import dev.kalshisim.data.sample.SampleCatalog;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every rendered line reads back through core's stream codec as the record its type names. */
class WireShapeTest {

    private static final StreamCodec CODEC = StreamCodec.create();

    @Test
    void everyMessageIsAKalshiMessageOfTodaysGeneration() {
        Scenario scenario = shortened(SampleCatalog.find("fed-decision").orElseThrow().scenario().get());
        Map<Class<?>, Integer> seen = new HashMap<>();
        new L2Renderer(scenario).render((recv, json) -> {
            ChannelMessage<?> message = (ChannelMessage<?>) CODEC.readMessage(json);
            seen.merge(message.msg().getClass(), 1, Integer::sum);
            // Written back by core's codec, the record gives the same text: same fields, same order, same digits.
            assertThat(CODEC.write(message)).isEqualTo(json);
            Object payload = message.msg();
            if (payload instanceof OrderbookSnapshot s) {
                    assertThat(message.sid()).isEqualTo(L2Renderer.ORDERBOOK_SID);
                    assertThat(s.marketId()).isEqualTo(L2Renderer.marketId(s.marketTicker()));
            } else if (payload instanceof OrderbookDelta d) {
                    assertThat(message.seq()).isNotNull();
                    assertThat(d.deltaFp().isZero()).isFalse();
                    assertThat(d.tsMs()).isNotNull();
                    assertThat(d.ts()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
            } else if (payload instanceof TradeUpdate t) {
                    assertThat(message.seq()).isNull();
                    assertThat(t.yesPriceDollars().units() + t.noPriceDollars().units()).isEqualTo(Price.SCALE);
                    assertThat(t.countFp().isPositive()).isTrue();
                    assertThat(t.takerSide()).isIn(OutcomeSide.YES, OutcomeSide.NO);
            } else if (payload instanceof TickerUpdate t) {
                    assertThat(t.yesBidDollars().units()).isLessThan(t.yesAskDollars().units());
                    assertThat(t.volumeFp().compareTo(Count.ZERO)).isGreaterThanOrEqualTo(0);
                    assertThat(t.time()).isNotNull();
            } else {
                throw new AssertionError("unexpected " + payload);
            }
        }, null);
        assertThat(seen).containsKeys(OrderbookSnapshot.class, OrderbookDelta.class, TradeUpdate.class,
                TickerUpdate.class);
    }

    @Test
    void theWriterTextMatchesTheSnapshotRecordsFieldForField() {
        SyntheticBook book = new SyntheticBook();
        book.apply(true, 45, 1_250);
        book.apply(true, 44, 100);
        book.apply(false, 53, 777);
        String json = WireText.snapshot(1, 7, "KXT-1", "id-1", book);
        assertThat(json).isEqualTo("{\"type\":\"orderbook_snapshot\",\"sid\":1,\"seq\":7,\"msg\":{\"market_ticker\":"
                + "\"KXT-1\",\"market_id\":\"id-1\",\"yes_dollars_fp\":[[\"0.4400\",\"1.00\"],[\"0.4500\",\"12.50\"]],"
                + "\"no_dollars_fp\":[[\"0.5300\",\"7.77\"]]}}");
        assertThat(json).isEqualTo(CODEC.write(CODEC.readMessage(json)));
        String delta = WireText.delta(1, 8, "KXT-1", "id-1", 45, -250, true, 1_782_873_105_308_599_123L,
                new IsoTimes());
        assertThat(delta).contains("\"delta_fp\":\"-2.50\"", "\"ts\":\"2026-07-01T02:31:45.308599Z\"",
                "\"ts_ms\":1782873105308");
        assertThat(CODEC.write(CODEC.readMessage(delta))).isEqualTo(delta);
    }

    /** The first 40 minutes: enough for every message type, quick to check line by line. */
    private static Scenario shortened(Scenario s) {
        return new Scenario(s.name(), s.description(), s.seed(), s.startNanos(), 40 * 60_000_000_000L,
                s.stepNanos(), s.factors(), s.events(), s.announcements(), s.activity(), s.flow());
    }
}
