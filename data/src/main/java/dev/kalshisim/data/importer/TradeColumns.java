package dev.kalshisim.data.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a trade file keeps each field of the trades endpoint, by column name (any case).
 * Today's fixed-point columns win over the legacy ones when a file has both: {@code count_fp} over
 * {@code count}, {@code yes_price_dollars} over {@code yes_price} (cents), and the same for no.
 *
 * <p>Needed: {@code trade_id}, {@code ticker}, a count, a yes or a no price, {@code created_time}.
 * Optional: {@code taker_side}. Indices are 0-based; -1 means absent.
 */
record TradeColumns(int tradeId, int ticker, int countFp, int count, int yesDollars, int yesCents, int noDollars,
        int noCents, int takerSide, int createdTime) {

    /** Resolves the columns of a file whose header is {@code names}, or says which are missing. */
    static TradeColumns resolve(List<String> names, String file) {
        List<String> lower = new ArrayList<>();
        names.forEach(name -> lower.add(name.strip().toLowerCase(Locale.ROOT)));
        TradeColumns columns = new TradeColumns(lower.indexOf("trade_id"), lower.indexOf("ticker"),
                lower.indexOf("count_fp"), lower.indexOf("count"), lower.indexOf("yes_price_dollars"),
                lower.indexOf("yes_price"), lower.indexOf("no_price_dollars"), lower.indexOf("no_price"),
                lower.indexOf("taker_side"), lower.indexOf("created_time"));
        List<String> missing = new ArrayList<>();
        if (columns.tradeId < 0) {
            missing.add("trade_id");
        }
        if (columns.ticker < 0) {
            missing.add("ticker");
        }
        if (columns.countFp < 0 && columns.count < 0) {
            missing.add("count or count_fp");
        }
        if (columns.yesDollars < 0 && columns.yesCents < 0 && columns.noDollars < 0 && columns.noCents < 0) {
            missing.add("yes_price or yes_price_dollars (or no_price / no_price_dollars)");
        }
        if (columns.createdTime < 0) {
            missing.add("created_time");
        }
        if (!missing.isEmpty()) {
            throw new ImportException(file + ": not a Kalshi trades file: missing column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " (has " + String.join(", ", names) + ")");
        }
        return columns;
    }
}
