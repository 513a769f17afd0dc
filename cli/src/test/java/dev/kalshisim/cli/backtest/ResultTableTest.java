package dev.kalshisim.cli.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultTableTest {

    /** 2026-03-18T18:00:00.25Z. */
    private static final long T = 1_773_856_800_250_000_000L;

    @TempDir
    Path dir;

    @Test
    void quotesCsvFieldsAsRfc4180Says() {
        assertThat(CsvText.field("plain")).isEqualTo("plain");
        assertThat(CsvText.field("")).isEqualTo("");
        assertThat(CsvText.field(null)).isEqualTo("");
        assertThat(CsvText.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvText.field("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(CsvText.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvText.field("cr\rhere")).isEqualTo("\"cr\rhere\"");
        assertThat(CsvText.field("it's; fine")).isEqualTo("it's; fine");
    }

    @Test
    void writesEachRowAsCsvAndAsAJsonLine() throws IOException {
        try (ResultTable table = new ResultTable(dir, "t", List.of("text", "price", "count", "money", "n", "flag",
                "none"))) {
            table.row(T, "a,\"b\"", Price.ofCents(56), Count.ofContracts(5), Money.ofMicros(-500_000), 429L, true, null);
            table.row(T + 1, "x", Price.ofUnits(1), Count.ofHundredths(1), Money.ofMicros(12_345), 0, false, null);
            assertThat(table.rows()).isEqualTo(2);
        }

        assertThat(Files.readString(dir.resolve("t.csv"))).isEqualTo(
                "ts_ns,ts,text,price,count,money,n,flag,none\n"
                        + "1773856800250000000,2026-03-18T18:00:00.250000000Z,\"a,\"\"b\"\"\",0.5600,5.00,-0.5000,429,true,\n"
                        + "1773856800250000001,2026-03-18T18:00:00.250000001Z,x,0.0001,0.01,0.012345,0,false,\n");
        assertThat(Files.readString(dir.resolve("t.jsonl"))).isEqualTo(
                "{\"ts_ns\":1773856800250000000,\"ts\":\"2026-03-18T18:00:00.250000000Z\",\"text\":\"a,\\\"b\\\"\","
                        + "\"price\":\"0.5600\",\"count\":\"5.00\",\"money\":\"-0.5000\",\"n\":429,\"flag\":true,"
                        + "\"none\":null}\n"
                        + "{\"ts_ns\":1773856800250000001,\"ts\":\"2026-03-18T18:00:00.250000001Z\",\"text\":\"x\","
                        + "\"price\":\"0.0001\",\"count\":\"0.01\",\"money\":\"0.012345\",\"n\":0,\"flag\":false,"
                        + "\"none\":null}\n");
    }

    @Test
    void everyJsonLineParsesOnItsOwnWithTheFixedPointValuesAsStrings() throws IOException {
        try (ResultTable table = new ResultTable(dir, "t", List.of("message", "price"))) {
            table.row(T, "line one\nline two", Price.ofCents(1));
        }
        List<String> lines = Files.readAllLines(dir.resolve("t.jsonl"));
        assertThat(lines).hasSize(1);
        JsonNode row = new ObjectMapper().readTree(lines.get(0));
        assertThat(row.get("message").asText()).isEqualTo("line one\nline two");
        assertThat(row.get("price").isTextual()).isTrue();
        assertThat(row.get("ts_ns").isIntegralNumber()).isTrue();
    }

    @Test
    void anEmptyTableIsItsHeaderAndAnEmptyJsonFile() throws IOException {
        new ResultTable(dir, "empty", List.of("a", "b")).close();

        assertThat(Files.readString(dir.resolve("empty.csv"))).isEqualTo("ts_ns,ts,a,b\n");
        assertThat(Files.size(dir.resolve("empty.jsonl"))).isZero();
    }

    @Test
    void refusesARowOfTheWrongWidth() {
        try (ResultTable table = new ResultTable(dir, "t", List.of("a", "b"))) {
            assertThatThrownBy(() -> table.row(T, "only one")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("t has 2 columns");
        }
    }
}
