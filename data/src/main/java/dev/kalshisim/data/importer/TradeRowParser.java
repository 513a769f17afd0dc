package dev.kalshisim.data.importer;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Turns one row of a trade file into an {@link ImportedTrade} in today's shape. Legacy columns
 * convert exactly: {@code yes_price}/{@code no_price} are cents (possibly with decimals, for
 * sub-penny ticks), {@code count} whole or fractional contracts. With one side's price only, the
 * other is $1 minus it; with both, they must sum to $1.
 */
final class TradeRowParser {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final TradeColumns columns;

    TradeRowParser(TradeColumns columns) {
        this.columns = columns;
    }

    /**
     * The trade in {@code row} (values by column index, as the engine gave them).
     *
     * @throws IllegalArgumentException naming the column and value that is wrong
     */
    ImportedTrade parse(Object[] row) {
        String tradeId = required(row, columns.tradeId(), "trade_id");
        String ticker = required(row, columns.ticker(), "ticker");
        Count count = count(row);
        Price yes = price(row, columns.yesDollars(), columns.yesCents(), "yes");
        Price no = price(row, columns.noDollars(), columns.noCents(), "no");
        if (yes == null && no == null) {
            throw new IllegalArgumentException("no yes or no price");
        }
        if (yes == null) {
            yes = no.complement();
        } else if (no == null) {
            no = yes.complement();
        } else if (yes.units() + no.units() != Price.SCALE) {
            throw new IllegalArgumentException("yes " + yes + " and no " + no + " do not sum to $1");
        }
        String takerSide = columns.takerSide() < 0 ? null : text(row[columns.takerSide()]);
        if (takerSide != null) {
            takerSide = takerSide.toLowerCase(Locale.ROOT);
            if (!takerSide.equals("yes") && !takerSide.equals("no")) {
                throw new IllegalArgumentException("taker_side '" + takerSide + "' is neither yes nor no");
            }
        }
        long created = created(row[columns.createdTime()]);
        StringBuilder json = new StringBuilder(200);
        json.append("{\"trade_id\":");
        quote(json, tradeId);
        json.append(",\"ticker\":");
        quote(json, ticker);
        json.append(",\"count_fp\":\"").append(count).append('"');
        json.append(",\"yes_price_dollars\":\"").append(yes).append('"');
        json.append(",\"no_price_dollars\":\"").append(no).append('"');
        if (takerSide != null) {
            json.append(",\"taker_side\":\"").append(takerSide).append('"');
        }
        json.append(",\"created_time\":\"")
                .append(CREATED.format(Instant.ofEpochSecond(Math.floorDiv(created, 1_000_000_000L),
                        Math.floorMod(created, 1_000_000_000L))))
                .append("\"}");
        return new ImportedTrade(created, ticker, tradeId, json.toString());
    }

    private Count count(Object[] row) {
        if (columns.countFp() >= 0 && text(row[columns.countFp()]) != null) {
            String value = text(row[columns.countFp()]);
            try {
                return Count.ofHundredths(hundredths(new BigDecimal(value)));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("count_fp '" + value + "' is not a count");
            }
        }
        String value = columns.count() < 0 ? null : text(row[columns.count()]);
        if (value == null) {
            throw new IllegalArgumentException("no count");
        }
        try {
            return Count.ofHundredths(hundredths(new BigDecimal(value)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("count '" + value + "' is not a count");
        }
    }

    private static long hundredths(BigDecimal contracts) {
        BigDecimal hundredths = contracts.movePointRight(2);
        if (contracts.signum() <= 0) {
            throw new IllegalArgumentException("not positive");
        }
        return hundredths.longValueExact();
    }

    private static Price price(Object[] row, int dollarsColumn, int centsColumn, String side) {
        String dollars = dollarsColumn < 0 ? null : text(row[dollarsColumn]);
        if (dollars != null) {
            try {
                return checked(Price.parseLenient(dollars));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(side + "_price_dollars '" + dollars + "' is not a price");
            }
        }
        String cents = centsColumn < 0 ? null : text(row[centsColumn]);
        if (cents == null) {
            return null;
        }
        try {
            return checked(Price.ofUnits(new BigDecimal(cents).movePointRight(2).longValueExact()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(side + "_price '" + cents + "' is not a price in cents");
        }
    }

    private static Price checked(Price price) {
        if (price.units() < 0 || price.units() > Price.SCALE) {
            throw new IllegalArgumentException("out of range");
        }
        return price;
    }

    private static long created(Object value) {
        if (value instanceof Timestamp timestamp) {
            return nanos(timestamp.toInstant());
        }
        if (value instanceof OffsetDateTime offset) {
            return nanos(offset.toInstant());
        }
        if (value instanceof ZonedDateTime zoned) {
            return nanos(zoned.toInstant());
        }
        if (value instanceof LocalDateTime local) {
            return nanos(local.toInstant(ZoneOffset.UTC));
        }
        if (value instanceof Instant instant) {
            return nanos(instant);
        }
        String text = text(value);
        if (text == null) {
            throw new IllegalArgumentException("no created_time");
        }
        try {
            return CaptureTime.parse(text, "created_time");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("created_time: " + e.getMessage());
        }
    }

    private static long nanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }

    private static String required(Object[] row, int column, String name) {
        String value = text(row[column]);
        if (value == null) {
            throw new IllegalArgumentException("no " + name);
        }
        return value;
    }

    /** A cell as text, {@code null} when empty; doubles as their shortest exact decimal. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text;
        if (value instanceof Double number) {
            text = BigDecimal.valueOf(number).toPlainString();
        } else if (value instanceof Float number) {
            text = new BigDecimal(number.toString()).toPlainString();
        } else if (value instanceof BigDecimal number) {
            text = number.toPlainString();
        } else {
            text = value.toString();
        }
        text = text.strip();
        return text.isEmpty() ? null : text;
    }

    private static void quote(StringBuilder json, String value) {
        json.append('"');
        JsonStringEncoder.getInstance().quoteAsString(value, json);
        json.append('"');
    }
}
