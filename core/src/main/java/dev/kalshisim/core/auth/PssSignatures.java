package dev.kalshisim.core.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Locale;

/** What {@link RequestSigner} and {@link SignatureVerifier} must agree on: the message and the PSS parameters. */
final class PssSignatures {

    /** RSA-PSS with SHA-256, MGF1-SHA-256 and a salt as long as the digest (32 bytes), as Kalshi requires. */
    static final PSSParameterSpec KALSHI_PSS = new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1);

    private PssSignatures() {
    }

    /** A fresh JDK {@code RSASSA-PSS} signature configured for Kalshi; instances are not thread-safe, so one per call. */
    static Signature newSignature() throws GeneralSecurityException {
        Signature signature = Signature.getInstance("RSASSA-PSS");
        signature.setParameter(KALSHI_PSS);
        return signature;
    }

    /**
     * The bytes Kalshi signs: {@code timestampMillis + METHOD + path} with no separators, where the
     * path loses its query string because Kalshi signs only the URL's path.
     */
    static byte[] message(long timestampMillis, String method, String path) {
        return (timestampMillis + method.toUpperCase(Locale.ROOT) + pathWithoutQuery(path))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The path up to, not including, the first {@code '?'}. */
    static String pathWithoutQuery(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    /** Rejects keys that are not RSA, naming only the algorithm (never the key). */
    static void requireRsa(Key key, String what) {
        if (key == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        if (!"RSA".equals(key.getAlgorithm())) {
            throw new IllegalArgumentException(what + " must be an RSA key, got algorithm " + key.getAlgorithm());
        }
    }
}
