package dev.kalshisim.data.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.data.DataLocation;
import dev.kalshisim.data.recording.RecordingException;
import dev.kalshisim.data.recording.RecordingReader;
import dev.kalshisim.data.synthetic.L2Renderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleGenerationTest {

    @TempDir
    Path temp;

    @Test
    void generatingASampleTwiceGivesTheSameBytes() throws IOException {
        Sample sample = SampleCatalog.find("weather-nyc").orElseThrow();
        Path a = new SampleCache(temp.resolve("a")).ensure(sample, null);
        Path b = new SampleCache(temp.resolve("b")).ensure(sample, null);
        List<Path> files = list(a);
        assertThat(files).contains(Path.of("manifest.json"), Path.of("segment-000001.jsonl.gz"));
        assertThat(list(b)).isEqualTo(files);
        for (Path file : files) {
            assertThat(Files.mismatch(a.resolve(file), b.resolve(file))).as(file.toString()).isEqualTo(-1L);
        }
        byte[] gzip = Files.readAllBytes(a.resolve("segment-000001.jsonl.gz"));
        // The gzip header's MTIME (bytes 4-7) is zero: no timestamp leaks into the file.
        assertThat(new byte[] {gzip[4], gzip[5], gzip[6], gzip[7]}).containsOnly(0);
    }

    @Test
    void theCatalogStatesEachSamplesSizeTruly() {
        for (Sample sample : SampleCatalog.all()) {
            long messages = new L2Renderer(sample.scenario().get()).render((recv, json) -> { }, null);
            assertThat(messages).as(sample.name()).isEqualTo(sample.messages());
        }
        assertThat(SampleCatalog.all()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(SampleCatalog.all().stream().mapToLong(Sample::messages).max().orElseThrow())
                .isGreaterThanOrEqualTo(2_000_000L);
    }

    @Test
    void aSampleIsFoundBySchemeGeneratedOnceAndReadable() throws IOException {
        SampleCache cache = new SampleCache(temp);
        long[] updates = {0};
        Path dir = DataLocation.resolve("sample:weather-nyc", cache, (done, total, n) -> updates[0]++);
        assertThat(updates[0]).isPositive();
        FileTime written = Files.getLastModifiedTime(dir.resolve("manifest.json"));
        updates[0] = 0;
        assertThat(DataLocation.resolve("sample:weather-nyc", cache, (done, total, n) -> updates[0]++)).isEqualTo(dir);
        assertThat(updates[0]).as("no second generation").isZero();
        assertThat(Files.getLastModifiedTime(dir.resolve("manifest.json"))).isEqualTo(written);
        try (RecordingReader reader = RecordingReader.open(dir)) {
            assertThat(reader.manifest().markets()).hasSize(6);
            assertThat(reader.manifest().origin().kind()).isEqualTo("generate");
            assertThat(reader.manifest().lineCount()).isEqualTo(SampleCatalog.find("weather-nyc").orElseThrow().messages());
            assertThat(reader.next().rawJson()).startsWith("{\"type\":\"orderbook_snapshot\",\"sid\":1,\"seq\":1,");
        }
        assertThat(DataLocation.resolve(dir.toString())).isEqualTo(dir);
    }

    @Test
    void badLocationsSayWhatIsWrongInOneLine() {
        assertThatThrownBy(() -> DataLocation.resolve("sample:nope", new SampleCache(temp), null))
                .isInstanceOf(RecordingException.class)
                .hasMessage("unknown sample nope; the samples are fed-decision, weather-nyc, cpi-brackets");
        assertThatThrownBy(() -> DataLocation.resolve(temp.resolve("missing").toString()))
                .hasMessageStartingWith("no such folder: ");
        assertThatThrownBy(() -> DataLocation.resolve(temp.toString()))
                .hasMessageEndingWith("is not a recording: it has no manifest.json");
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(dir::relativize).sorted().toList();
        }
    }
}
