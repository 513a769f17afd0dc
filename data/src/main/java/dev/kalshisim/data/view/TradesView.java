package dev.kalshisim.data.view;

import dev.kalshisim.data.event.TradePrint;
import java.nio.file.Path;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * {@code trades.csv}: every trade print in receive order, with both clocks; prices and counts as
 * Kalshi's exact decimal text.
 */
final class TradesView implements AutoCloseable {

    static final String FILE = "trades.csv";

    private final ChunkedCsv csv;

    TradesView(Path dir) {
        csv = new ChunkedCsv(dir.resolve(FILE), Table.create("trades",
                LongColumn.create("recv_ns"), StringColumn.create("recv_time"),
                LongColumn.create("exchange_ns"), StringColumn.create("exchange_time"),
                StringColumn.create("ticker"), StringColumn.create("trade_id"),
                StringColumn.create("yes_price"), StringColumn.create("count"), StringColumn.create("taker_side")));
    }

    void add(TradePrint trade) {
        Table t = csv.table();
        t.longColumn("recv_ns").append(trade.recvNanos());
        t.stringColumn("recv_time").append(Times.iso(trade.recvNanos()));
        t.longColumn("exchange_ns").append(trade.exchangeNanos());
        t.stringColumn("exchange_time").append(Times.iso(trade.exchangeNanos()));
        t.stringColumn("ticker").append(trade.ticker());
        t.stringColumn("trade_id").append(trade.tradeId() == null ? "" : trade.tradeId());
        t.stringColumn("yes_price").append(trade.yesPrice().toString());
        t.stringColumn("count").append(trade.count().toString());
        t.stringColumn("taker_side").append(trade.takerSide() == null ? "" : trade.takerSide().wire());
        csv.rowDone();
    }

    long rows() {
        return csv.rows();
    }

    @Override
    public void close() {
        csv.close();
    }
}
