package dev.kalshisim.bench;

import dev.kalshisim.data.recording.Manifest;
import dev.kalshisim.data.recording.RecordedMessage;
import dev.kalshisim.data.recording.RecordingReader;
import dev.kalshisim.data.recording.RecordingWriter;
import dev.kalshisim.data.recording.WriterSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A seeded recording for the replay benchmarks, in today's WebSocket shapes (fixed-point strings,
 * {@code market_id}, ISO {@code ts} plus {@code ts_ms} on deltas): per market a REST book and a
 * WebSocket snapshot of ~20 levels a side, then a stream of 80% deltas, 10% trades, 9% tickers
 * and a periodic fresh snapshot, every 5 ms on average across the markets. It only has to look like
 * a recording to the reader and the normalizer; the realistic market model is the generator's.
 */
final class ReplayBenchRecording {

    static final int MARKETS = 24;
    private static final long START_NS = 1_780_000_000_000_000_000L;

    private ReplayBenchRecording() {
    }

    /**
     * The recording of {@code messages} messages in {@code dir}, written there unless a complete
     * one already is (same seed, same bytes), so forks and reruns share it.
     */
    static Path ensure(Path dir, int messages, long seed) {
        if (Files.exists(dir.resolve("manifest.json"))) {
            try {
                if (RecordingReader.readManifest(dir).lineCount() == messages) {
                    return dir;
                }
            } catch (RuntimeException stale) {
                // rewritten below
            }
        }
        deleteRecursively(dir);
        write(dir, messages, seed);
        return dir;
    }

    static void write(Path dir, int messages, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] tickers = new String[MARKETS];
        String[] ids = new String[MARKETS];
        int[] mid = new int[MARKETS];
        for (int m = 0; m < MARKETS; m++) {
            tickers[m] = String.format(Locale.ROOT, "KXBENCH-26DEC31-T%d.%02d", 3 + m / 4, (m % 4) * 25);
            ids[m] = new UUID(random.nextLong(), random.nextLong()).toString();
            mid[m] = 2_000 + random.nextInt(6_000);
        }
        Manifest.Origin origin = new Manifest.Origin("generate", null, "synthetic", "bench seed " + seed);
        try (RecordingWriter writer = RecordingWriter.create(dir, origin,
                new WriterSettings(64L << 20, Long.MAX_VALUE))) {
            long t = START_NS;
            long seq = 0;
            int written = 0;
            for (int m = 0; m < MARKETS && written < messages; m++, written++) {
                writer.write(RecordedMessage.rest(t += 1_000_000, "/trade-api/v2/markets/" + tickers[m] + "/orderbook",
                        "{\"orderbook_fp\":{" + levels("yes_dollars", mid[m], random) + ","
                                + levels("no_dollars", 10_000 - mid[m], random) + "}}"));
            }
            writer.write(RecordedMessage.ws(t += 1_000, "{\"type\":\"subscribed\",\"id\":1,\"msg\":{\"channel\":"
                    + "\"orderbook_delta\",\"sid\":1}}"));
            written++;
            long volume = 0;
            while (written < messages) {
                t += 1 + random.nextInt(10_000_000);
                int m = random.nextInt(MARKETS);
                int roll = random.nextInt(1_000);
                long ms = t / 1_000_000;
                String json;
                if (roll < 10 || seq < MARKETS) {
                    int market = seq < MARKETS ? (int) seq : m;
                    json = "{\"type\":\"orderbook_snapshot\",\"sid\":1,\"seq\":" + (++seq) + ",\"msg\":{\"market_ticker\":\""
                            + tickers[market] + "\",\"market_id\":\"" + ids[market] + "\","
                            + levels("yes_dollars_fp", mid[market], random) + ","
                            + levels("no_dollars_fp", 10_000 - mid[market], random) + "}}";
                } else if (roll < 810) {
                    boolean yes = random.nextBoolean();
                    int price = Math.max(100, Math.min(9_900, (yes ? mid[m] : 10_000 - mid[m]) - 100 * random.nextInt(20)));
                    long delta = (random.nextInt(40_000) + 1) * (random.nextInt(3) == 0 ? -1L : 1L);
                    json = "{\"type\":\"orderbook_delta\",\"sid\":1,\"seq\":" + (++seq) + ",\"msg\":{\"market_ticker\":\""
                            + tickers[m] + "\",\"market_id\":\"" + ids[m] + "\",\"price_dollars\":\"" + dollars(price)
                            + "\",\"delta_fp\":\"" + count(delta) + "\",\"side\":\"" + (yes ? "yes" : "no") + "\",\"ts\":\""
                            + Instant.ofEpochSecond(0, t) + "\",\"ts_ms\":" + ms + "}}";
                } else if (roll < 910) {
                    mid[m] = Math.max(200, Math.min(9_800, mid[m] + 100 * (random.nextInt(3) - 1)));
                    long size = 100L * (1 + random.nextInt(200));
                    volume += size;
                    json = "{\"type\":\"trade\",\"sid\":2,\"msg\":{\"trade_id\":\""
                            + new UUID(random.nextLong(), random.nextLong()) + "\",\"market_ticker\":\"" + tickers[m]
                            + "\",\"yes_price_dollars\":\"" + dollars(mid[m]) + "\",\"no_price_dollars\":\""
                            + dollars(10_000 - mid[m]) + "\",\"count_fp\":\"" + count(size) + "\",\"taker_side\":\""
                            + (random.nextBoolean() ? "yes" : "no") + "\",\"ts\":" + (t / 1_000_000_000) + "}}";
                } else {
                    json = "{\"type\":\"ticker\",\"sid\":3,\"msg\":{\"market_ticker\":\"" + tickers[m] + "\",\"market_id\":\""
                            + ids[m] + "\",\"price_dollars\":\"" + dollars(mid[m]) + "\",\"yes_bid_dollars\":\""
                            + dollars(mid[m] - 100) + "\",\"yes_ask_dollars\":\"" + dollars(mid[m] + 100)
                            + "\",\"volume_fp\":\"" + count(volume) + "\",\"open_interest_fp\":\"" + count(volume / 3)
                            + "\",\"dollar_volume\":" + volume / 200 + ",\"ts\":" + (t / 1_000_000_000) + "}}";
                }
                writer.write(RecordedMessage.ws(t, json));
                written++;
            }
        }
    }

    /** {@code "name":[["0.4500","120.00"],...]}: ~20 levels below {@code best} on one side. */
    private static String levels(String name, int best, SplittableRandom random) {
        StringBuilder text = new StringBuilder("\"").append(name).append("\":[");
        int levels = 15 + random.nextInt(10);
        for (int i = 0, price = Math.min(best - 100, 9_900); i < levels && price >= 100; i++, price -= 100) {
            if (i > 0) {
                text.append(',');
            }
            text.append("[\"").append(dollars(price)).append("\",\"").append(count(100L * (1 + random.nextInt(5_000))))
                    .append("\"]");
        }
        return text.append(']').toString();
    }

    /** Price units as Kalshi writes dollars: {@code "0.4500"}. */
    static String dollars(int units) {
        int fraction = units % 10_000;
        return units / 10_000 + "." + (char) ('0' + fraction / 1000) + (char) ('0' + fraction / 100 % 10)
                + (char) ('0' + fraction / 10 % 10) + (char) ('0' + fraction % 10);
    }

    /** Count hundredths as Kalshi writes counts: {@code "-12.50"}. */
    static String count(long hundredths) {
        long abs = Math.abs(hundredths);
        long fraction = abs % 100;
        return (hundredths < 0 ? "-" : "") + abs / 100 + "." + (char) ('0' + fraction / 10) + (char) ('0' + fraction % 10);
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + dir, e);
        }
    }
}
