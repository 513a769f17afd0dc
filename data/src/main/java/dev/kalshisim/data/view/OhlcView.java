package dev.kalshisim.data.view;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.data.event.TradePrint;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * {@code ohlc.csv}: YES-price bars per market per interval that had trades: open, high, low,
 * close, contracts and trades. A trade is placed by its exchange time when it has one (a backfill
 * receives a whole page of history at once), else its receive time; open and close are the
 * earliest and latest trades in the bar by that time, so pages that arrive newest first still
 * give the right bars.
 *
 * <p>Bars are aggregates, one per market per interval with trades, so they are kept until the
 * end and written sorted by market and time.
 */
final class OhlcView implements AutoCloseable {

    static final String FILE = "ohlc.csv";

    private final Path file;
    private final long intervalNanos;
    private final TreeMap<String, TreeMap<Long, Bar>> bars = new TreeMap<>();

    OhlcView(Path dir, long intervalNanos) {
        this.file = dir.resolve(FILE);
        this.intervalNanos = intervalNanos;
    }

    void add(TradePrint trade) {
        long time = trade.exchangeNanos() != 0 ? trade.exchangeNanos() : trade.recvNanos();
        long start = Math.floorDiv(time, intervalNanos) * intervalNanos;
        bars.computeIfAbsent(trade.ticker(), t -> new TreeMap<>()).computeIfAbsent(start, s -> new Bar())
                .add(time, trade.yesPrice(), trade.count());
    }

    /** Bars so far. */
    long rows() {
        return bars.values().stream().mapToLong(Map::size).sum();
    }

    @Override
    public void close() {
        try (ChunkedCsv csv = new ChunkedCsv(file, Table.create("ohlc",
                LongColumn.create("start_ns"), StringColumn.create("start"), StringColumn.create("ticker"),
                StringColumn.create("open"), StringColumn.create("high"), StringColumn.create("low"),
                StringColumn.create("close"), StringColumn.create("volume"), IntColumn.create("trades")))) {
            for (Map.Entry<String, TreeMap<Long, Bar>> market : bars.entrySet()) {
                for (Map.Entry<Long, Bar> entry : market.getValue().entrySet()) {
                    Bar bar = entry.getValue();
                    Table t = csv.table();
                    t.longColumn("start_ns").append(entry.getKey());
                    t.stringColumn("start").append(Times.iso(entry.getKey()));
                    t.stringColumn("ticker").append(market.getKey());
                    t.stringColumn("open").append(bar.open.toString());
                    t.stringColumn("high").append(bar.high.toString());
                    t.stringColumn("low").append(bar.low.toString());
                    t.stringColumn("close").append(bar.close.toString());
                    t.stringColumn("volume").append(bar.volume.toString());
                    t.intColumn("trades").append(bar.trades);
                    csv.rowDone();
                }
            }
        }
    }

    /** One bar as it fills: the earliest trade opens it, the latest closes it (ties: arrival order). */
    private static final class Bar {
        long openTime = Long.MAX_VALUE;
        long closeTime = Long.MIN_VALUE;
        Price open;
        Price close;
        Price high;
        Price low;
        Count volume = Count.ZERO;
        int trades;

        void add(long time, Price price, Count count) {
            if (time < openTime) {
                openTime = time;
                open = price;
            }
            if (time >= closeTime) {
                closeTime = time;
                close = price;
            }
            high = high == null || price.isAbove(high) ? price : high;
            low = low == null || price.isBelow(low) ? price : low;
            volume = volume.plus(count);
            trades++;
        }
    }
}
