package dev.kalshisim.core.auth;

import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/** Deterministic RSA keys for the auth tests, generated once per JVM because 2048-bit generation is slow. */
final class TestKeys {

    static final KeyPair FIRST = PemKeys.generateRsaKeyPair(seeded(1));
    static final KeyPair SECOND = PemKeys.generateRsaKeyPair(seeded(2));

    private TestKeys() {
    }

    /** A SecureRandom whose output depends only on {@code seed}: SHA1PRNG seeded before first use. */
    static SecureRandom seeded(long seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
