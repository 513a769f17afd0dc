package dev.kalshisim.core.auth;

import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The one source of RSA keys for every module's tests, shared through core's test-jar.
 *
 * <p>Keys are deterministic (a seeded generator, so a failing run repeats with the same keys) and
 * generated once per JVM, because 2048-bit generation takes a noticeable part of a second and
 * no test depends on a fresh key. Tests that need one member use {@link #FIRST}; a test that
 * needs a key the server does not know uses {@link #SECOND}.
 */
public final class TestKeys {

    /** The key pair tests sign with by default. */
    public static final KeyPair FIRST = PemKeys.generateRsaKeyPair(seeded(1));
    /** A second, different key pair: for "signed with the wrong key" cases. */
    public static final KeyPair SECOND = PemKeys.generateRsaKeyPair(seeded(2));

    private TestKeys() {
    }

    /** {@link #FIRST}'s public key as the PEM the control plane's {@code public_key_pem} takes. */
    public static String firstPublicKeyPem() {
        return PemKeys.writePublicKey(FIRST.getPublic());
    }

    /** {@link #FIRST}'s private key as PKCS#1 PEM, as a bot reads it from a key file. */
    public static String firstPrivateKeyPem() {
        return PemKeys.writePrivateKeyPkcs1(FIRST.getPrivate());
    }

    /** Credentials of {@code apiKeyId} signing with {@link #FIRST}. */
    public static Credentials credentials(String apiKeyId) {
        return new Credentials(apiKeyId, FIRST.getPrivate());
    }

    /** A SecureRandom whose output depends only on {@code seed}: SHA1PRNG seeded before first use. */
    public static SecureRandom seeded(long seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
