package dev.kalshisim.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.wire.KalshiJson;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing and reading a Kalshi {@code Order} and {@code Market} as UTF-8 JSON with the project's one
 * mapper ({@link KalshiJson}), the work the server and the client each do per REST call.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonBenchmark {

    @State(Scope.Benchmark)
    public static class Samples {
        Order order;
        Market market;
        byte[] orderJson;
        byte[] marketJson;
        ObjectWriter writer;
        ObjectReader orderReader;
        ObjectReader marketReader;

        @Setup
        public void setUp() throws IOException {
            WireSamples samples = WireSamples.make();
            order = samples.order;
            market = samples.market;
            ObjectMapper mapper = KalshiJson.mapper();
            // Readers and writers bound once, as Jackson advises for hot paths; the mapper caches the same serializers.
            writer = mapper.writer();
            orderReader = mapper.readerFor(Order.class);
            marketReader = mapper.readerFor(Market.class);
            orderJson = writer.writeValueAsBytes(order);
            marketJson = writer.writeValueAsBytes(market);
            // A round trip that changes the value would make the read figures measure something else.
            if (!order.equals(orderReader.readValue(orderJson)) || !market.equals(marketReader.readValue(marketJson))) {
                throw new IllegalStateException("Order or Market does not survive a JSON round trip");
            }
        }
    }

    @Benchmark
    public byte[] writeOrder(Samples s) throws IOException {
        return s.writer.writeValueAsBytes(s.order);
    }

    @Benchmark
    public Order readOrder(Samples s) throws IOException {
        return s.orderReader.readValue(s.orderJson);
    }

    @Benchmark
    public byte[] writeMarket(Samples s) throws IOException {
        return s.writer.writeValueAsBytes(s.market);
    }

    @Benchmark
    public Market readMarket(Samples s) throws IOException {
        return s.marketReader.readValue(s.marketJson);
    }
}
