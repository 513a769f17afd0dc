package dev.kalshisim.bench;

import dev.kalshisim.core.auth.PemKeys;
import dev.kalshisim.core.auth.RequestSigner;
import dev.kalshisim.core.auth.SignatureVerifier;
import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
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
 * RSA-PSS over one request with a 2048-bit key, the size Kalshi issues: the client signs every REST
 * request and the simulator verifies it.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RsaPssBenchmark {

    static final long TIMESTAMP_MILLIS = 1_767_225_600_000L;
    static final String METHOD = "POST";
    static final String PATH = "/trade-api/v2/portfolio/events/orders";

    @State(Scope.Benchmark)
    public static class Keys {
        RequestSigner signer;
        SignatureVerifier verifier;
        String signature;

        @Setup
        public void setUp() throws NoSuchAlgorithmException {
            // A seeded generator gives the same key every run, so runs compare like with like.
            SecureRandom seeded = SecureRandom.getInstance("SHA1PRNG");
            seeded.setSeed(42L);
            KeyPair pair = PemKeys.generateRsaKeyPair(seeded);
            signer = new RequestSigner(pair.getPrivate());
            verifier = new SignatureVerifier(pair.getPublic());
            signature = signer.sign(TIMESTAMP_MILLIS, METHOD, PATH);
            if (!verifier.verify(TIMESTAMP_MILLIS, METHOD, PATH, signature)) {
                throw new IllegalStateException("the signature made in setup does not verify");
            }
        }
    }

    @Benchmark
    public String sign(Keys k) {
        return k.signer.sign(TIMESTAMP_MILLIS, METHOD, PATH);
    }

    @Benchmark
    public boolean verify(Keys k) {
        return k.verifier.verify(TIMESTAMP_MILLIS, METHOD, PATH, k.signature);
    }
}
