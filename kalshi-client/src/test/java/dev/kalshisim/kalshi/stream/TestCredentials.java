package dev.kalshisim.kalshi.stream;

import dev.kalshisim.core.auth.Credentials;
import dev.kalshisim.core.auth.PemKeys;
import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/** One deterministic RSA key for the stream tests, generated once per JVM because generation is slow. */
final class TestCredentials {

    static final KeyPair KEYS = PemKeys.generateRsaKeyPair(seeded(42));
    static final Credentials CREDENTIALS = new Credentials("key-id-1", KEYS.getPrivate());

    private TestCredentials() {
    }

    private static SecureRandom seeded(long seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
