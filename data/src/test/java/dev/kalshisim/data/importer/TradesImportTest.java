package dev.kalshisim.data.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kalshisim.data.recording.RecordedMessage;
import dev.kalshisim.data.recording.RecordingReader;
import dev.kalshisim.data.recording.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kalshi-trades-csv} and {@code kalshi-trades-parquet}: trade prints into sorted, fixed-point trades pages. */
class TradesImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The legacy columns, out of created_time order, two tickers. */
    private static final String LEGACY_CSV = """
            trade_id,ticker,count,yes_price,no_price,taker_side,created_time
            t3,KXB-1,2,41,59,no,2026-01-12T15:00:20.897212Z
            t1,KXA-1,1,6,94,no,2026-01-12T14:56:42.5Z
            t2,KXA-1,10,7,93,yes,2026-01-12T14:59:18.480042Z
            """;

    @TempDir
    Path temp;

    @Test
    void legacyColumnsConvertExactlyAndPagesComeInCreatedTimeOrder() throws IOException {
        Path csv = Files.writeString(temp.resolve("trades.csv"), LEGACY_CSV);
        Path out = temp.resolve("rec");
        WsCaptureImportTest.importer().run(ImportFormat.KALSHI_TRADES_CSV, List.of(csv), out, n -> { });

        List<RecordedMessage> lines = WsCaptureImportTest.read(out);
        assertThat(lines).extracting(RecordedMessage::source).containsOnly(Source.REST);
        assertThat(lines).extracting(RecordedMessage::path).containsExactly(
                "/trade-api/v2/markets/trades?ticker=KXA-1", "/trade-api/v2/markets/trades?ticker=KXB-1");
        assertThat(lines.get(0).rawJson()).isEqualTo("{\"trades\":["
                + "{\"trade_id\":\"t1\",\"ticker\":\"KXA-1\",\"count_fp\":\"1.00\",\"yes_price_dollars\":\"0.0600\","
                + "\"no_price_dollars\":\"0.9400\",\"taker_side\":\"no\",\"created_time\":\"2026-01-12T14:56:42.500000Z\"},"
                + "{\"trade_id\":\"t2\",\"ticker\":\"KXA-1\",\"count_fp\":\"10.00\",\"yes_price_dollars\":\"0.0700\","
                + "\"no_price_dollars\":\"0.9300\",\"taker_side\":\"yes\",\"created_time\":\"2026-01-12T14:59:18.480042Z\"}"
                + "],\"cursor\":\"\"}");
        // A page is received when its newest trade was made.
        assertThat(lines.get(0).recvNanos()).isEqualTo(1_768_229_958_480_042_000L);
        assertThat(lines.get(1).recvNanos()).isEqualTo(1_768_230_020_897_212_000L);
    }

    @Test
    void fixedPointColumnsWinAndAMissingSideIsTheComplement() throws IOException {
        Path csv = Files.writeString(temp.resolve("fp.csv"), """
                trade_id,ticker,count,count_fp,yes_price,yes_price_dollars,taker_side,created_time
                a,KXA-1,1,1.50,45,0.4550,yes,2026-01-12 14:00:00
                """);
        Path out = temp.resolve("rec");
        WsCaptureImportTest.importer().run(ImportFormat.KALSHI_TRADES_CSV, List.of(csv), out, n -> { });
        JsonNode trade = JSON.readTree(WsCaptureImportTest.read(out).get(0).rawJson()).path("trades").get(0);
        assertThat(trade.path("count_fp").asText()).isEqualTo("1.50");
        assertThat(trade.path("yes_price_dollars").asText()).isEqualTo("0.4550");
        assertThat(trade.path("no_price_dollars").asText()).isEqualTo("0.5450");
        assertThat(trade.path("created_time").asText()).isEqualTo("2026-01-12T14:00:00.000000Z");
    }

    @Test
    void manyUnsortedTradesOverSeveralFilesComeOutSortedOnceEachInBoundedPages() throws IOException {
        Random random = new Random(7);
        List<Path> files = new ArrayList<>();
        int total = 0;
        for (int f = 0; f < 3; f++) {
            StringBuilder csv = new StringBuilder("trade_id,ticker,count_fp,yes_price_dollars,no_price_dollars,taker_side,created_time\n");
            for (int i = 0; i < 1500; i++) {
                long second = 1_768_000_000L + random.nextInt(100_000);
                int cents = 1 + random.nextInt(98);
                csv.append("f").append(f).append('-').append(i).append(",KXA-").append(random.nextInt(2)).append(',')
                        .append(1 + random.nextInt(9)).append(".00,0.").append(String.format("%02d", cents)).append("00,0.")
                        .append(String.format("%02d", 100 - cents)).append("00,yes,").append(second).append('\n');
                total++;
            }
            files.add(Files.writeString(temp.resolve("part" + f + ".csv"), csv));
        }
        Path out = temp.resolve("rec");
        WsCaptureImportTest.importer().run(ImportFormat.KALSHI_TRADES_CSV, files, out, n -> { });

        List<String> ids = new ArrayList<>();
        long lastCreated = Long.MIN_VALUE;
        for (RecordedMessage line : WsCaptureImportTest.read(out)) {
            JsonNode trades = JSON.readTree(line.rawJson()).path("trades");
            assertThat(trades.size()).isBetween(1, TradesImporter.PAGE_SIZE);
            for (JsonNode trade : trades) {
                long created = CaptureTime.parse(trade.path("created_time").asText(), "created_time");
                assertThat(created).isGreaterThanOrEqualTo(lastCreated);
                assertThat(line.path()).endsWith("ticker=" + trade.path("ticker").asText());
                lastCreated = created;
                ids.add(trade.path("trade_id").asText());
            }
        }
        assertThat(ids).hasSize(total).doesNotHaveDuplicates();
    }

    @Test
    void parquetWrittenByDuckDbImportsLikeCsv() throws Exception {
        Path csv = Files.writeString(temp.resolve("trades.csv"), LEGACY_CSV);
        Path parquet = temp.resolve("trades.parquet");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            // Typed columns, as the published datasets store them: integer cents and counts, a timestamp.
            statement.execute("COPY (SELECT trade_id, ticker, CAST(count AS BIGINT) AS count, CAST(yes_price AS BIGINT) AS yes_price,"
                    + " CAST(no_price AS BIGINT) AS no_price, taker_side, CAST(created_time AS TIMESTAMP) AS created_time"
                    + " FROM read_csv('" + csv + "', header=true, all_varchar=true)) TO '" + parquet + "' (FORMAT parquet)");
        }
        Path fromCsv = temp.resolve("from-csv");
        Path fromParquet = temp.resolve("from-parquet");
        WsCaptureImportTest.importer().run(ImportFormat.KALSHI_TRADES_CSV, List.of(csv), fromCsv, n -> { });
        WsCaptureImportTest.importer().run(ImportFormat.KALSHI_TRADES_PARQUET, List.of(parquet), fromParquet, n -> { });
        assertThat(WsCaptureImportTest.read(fromParquet)).isEqualTo(WsCaptureImportTest.read(fromCsv));
    }

    @Test
    void anUnreadableParquetFileIsOneLineAndLeavesNoRecording() throws IOException {
        Path bad = Files.writeString(temp.resolve("bad.parquet"), "this is not parquet");
        Path out = temp.resolve("rec");
        assertThatThrownBy(() -> WsCaptureImportTest.importer().run(ImportFormat.KALSHI_TRADES_PARQUET, List.of(bad), out,
                n -> { })).isInstanceOf(ImportException.class).hasMessageContaining("bad.parquet: not a readable Parquet file");
        assertThat(out).doesNotExist();
        try (var left = Files.list(temp)) {
            assertThat(left.map(path -> path.getFileName().toString())).containsExactly("bad.parquet");
        }
    }

    @Test
    void aCsvWithoutTheNeededColumnsNamesThem() throws IOException {
        Path csv = Files.writeString(temp.resolve("quotes.csv"), "ticker,bid,ask\nKXA-1,0.40,0.42\n");
        assertThatThrownBy(() -> WsCaptureImportTest.importer().run(ImportFormat.KALSHI_TRADES_CSV, List.of(csv),
                temp.resolve("rec"), n -> { }))
                .hasMessageContaining("quotes.csv: not a Kalshi trades file: missing columns trade_id, count or count_fp,")
                .hasMessageContaining("created_time");
    }

    @Test
    void aBadValueNamesFileAndRow() throws IOException {
        Path csv = Files.writeString(temp.resolve("bad.csv"), """
                trade_id,ticker,count,yes_price,no_price,taker_side,created_time
                t1,KXA-1,1,6,94,no,2026-01-12T14:56:42Z
                t2,KXA-1,1,6,94,no,2026-01-12T14:56:43Z
                t3,KXA-1,1,six,94,no,2026-01-12T14:56:44Z
                """);
        Path out = temp.resolve("rec");
        assertThatThrownBy(() -> WsCaptureImportTest.importer().run(ImportFormat.KALSHI_TRADES_CSV, List.of(csv), out,
                n -> { })).hasMessageEndingWith("bad.csv row 3: yes_price 'six' is not a price in cents");
        assertThat(out).doesNotExist();
        Path sums = Files.writeString(temp.resolve("sums.csv"), """
                trade_id,ticker,count,yes_price,no_price,taker_side,created_time
                t1,KXA-1,1,6,95,no,2026-01-12T14:56:42Z
                """);
        assertThatThrownBy(() -> WsCaptureImportTest.importer().run(ImportFormat.KALSHI_TRADES_CSV, List.of(sums), out,
                n -> { })).hasMessageEndingWith("sums.csv row 1: yes 0.0600 and no 0.9500 do not sum to $1");
        Path time = Files.writeString(temp.resolve("time.csv"), """
                trade_id,ticker,count,yes_price,taker_side,created_time
                t1,KXA-1,1,6,no,yesterday
                """);
        assertThatThrownBy(() -> WsCaptureImportTest.importer().run(ImportFormat.KALSHI_TRADES_CSV, List.of(time), out,
                n -> { })).hasMessageEndingWith("time.csv row 1: created_time: not a time: 'yesterday'");
    }

    @Test
    void theTargetMustBeNewOrEmpty() throws IOException, SQLException {
        Path csv = Files.writeString(temp.resolve("trades.csv"), LEGACY_CSV);
        Path out = Files.createDirectories(temp.resolve("rec"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        assertThatThrownBy(() -> WsCaptureImportTest.importer().run(ImportFormat.KALSHI_TRADES_CSV, List.of(csv), out,
                n -> { })).hasMessageContaining("is not empty");
        assertThat(out.resolve("keep.txt")).hasContent("mine");
    }
}
