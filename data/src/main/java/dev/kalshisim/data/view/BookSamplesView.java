package dev.kalshisim.data.view;

import dev.kalshisim.core.model.AggregatedBook;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OrderbookLevel;
import dev.kalshisim.core.model.OutcomeSide;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The sampled book views: {@code top_of_book.csv} (best YES bid and ask with their sizes) and
 * {@code spread_depth.csv} (spread, and the contracts and levels on each side), one row per market
 * per sample time, from the book as rebuilt up to that time. The YES ask is the best NO bid seen
 * from the YES leg (1 - its price).
 */
final class BookSamplesView implements AutoCloseable {

    static final String TOP_FILE = "top_of_book.csv";
    static final String DEPTH_FILE = "spread_depth.csv";

    private final ChunkedCsv top;
    private final ChunkedCsv depth;

    BookSamplesView(Path dir) {
        top = new ChunkedCsv(dir.resolve(TOP_FILE), Table.create("top_of_book",
                LongColumn.create("time_ns"), StringColumn.create("time"), StringColumn.create("ticker"),
                StringColumn.create("yes_bid"), StringColumn.create("yes_bid_size"),
                StringColumn.create("yes_ask"), StringColumn.create("yes_ask_size")));
        depth = new ChunkedCsv(dir.resolve(DEPTH_FILE), Table.create("spread_depth",
                LongColumn.create("time_ns"), StringColumn.create("time"), StringColumn.create("ticker"),
                StringColumn.create("spread"), StringColumn.create("yes_bid_depth"), IntColumn.create("yes_bid_levels"),
                StringColumn.create("no_bid_depth"), IntColumn.create("no_bid_levels")));
    }

    /** One sample of {@code ticker}'s book at {@code timeNanos}. */
    void sample(long timeNanos, String ticker, AggregatedBook book) {
        Optional<OrderbookLevel> bid = book.bestBid(OutcomeSide.YES);
        Optional<OrderbookLevel> ask = book.bestAsk(OutcomeSide.YES);
        String time = Times.iso(timeNanos);

        Table t = top.table();
        t.longColumn("time_ns").append(timeNanos);
        t.stringColumn("time").append(time);
        t.stringColumn("ticker").append(ticker);
        t.stringColumn("yes_bid").append(bid.map(l -> l.price().toString()).orElse(""));
        t.stringColumn("yes_bid_size").append(bid.map(l -> l.count().toString()).orElse(""));
        t.stringColumn("yes_ask").append(ask.map(l -> l.price().toString()).orElse(""));
        t.stringColumn("yes_ask_size").append(ask.map(l -> l.count().toString()).orElse(""));
        top.rowDone();

        List<OrderbookLevel> yes = book.bids(OutcomeSide.YES);
        List<OrderbookLevel> no = book.bids(OutcomeSide.NO);
        Table d = depth.table();
        d.longColumn("time_ns").append(timeNanos);
        d.stringColumn("time").append(time);
        d.stringColumn("ticker").append(ticker);
        d.stringColumn("spread").append(bid.isPresent() && ask.isPresent()
                ? Times.units(ask.get().price().units() - bid.get().price().units()) : "");
        d.stringColumn("yes_bid_depth").append(total(yes).toString());
        d.intColumn("yes_bid_levels").append(yes.size());
        d.stringColumn("no_bid_depth").append(total(no).toString());
        d.intColumn("no_bid_levels").append(no.size());
        depth.rowDone();
    }

    private static Count total(List<OrderbookLevel> levels) {
        Count sum = Count.ZERO;
        for (OrderbookLevel level : levels) {
            sum = sum.plus(level.count());
        }
        return sum;
    }

    long rows() {
        return top.rows();
    }

    @Override
    public void close() {
        top.close();
        depth.close();
    }
}
