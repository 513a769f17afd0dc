package dev.kalshisim.core.auth;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Base64;
import java.util.Objects;

/**
 * Signs Kalshi REST and WebSocket requests: RSA-PSS (SHA-256, MGF1-SHA-256, salt 32) over
 * {@code timestampMillis + METHOD + path}, base64 encoded with padding.
 *
 * <p>The path is taken from the host root and includes {@code /trade-api/v2}; any query string is
 * stripped here, so callers may pass the path exactly as they will send it. The method is
 * upper-cased. Uses the JDK's own {@code RSASSA-PSS}; no JCE provider is registered.
 *
 * <p>Thread-safe: every call uses its own {@link Signature}.
 */
public final class RequestSigner {

    private final PrivateKey privateKey;
    private final SecureRandom saltRandom;

    /** A signer whose PSS salts come from a new {@link SecureRandom}. */
    public RequestSigner(PrivateKey privateKey) {
        this(privateKey, new SecureRandom());
    }

    /** A signer whose PSS salts come from {@code saltRandom} (seed it in tests for repeatable signatures). */
    public RequestSigner(PrivateKey privateKey, SecureRandom saltRandom) {
        PssSignatures.requireRsa(privateKey, "privateKey");
        this.privateKey = privateKey;
        this.saltRandom = Objects.requireNonNull(saltRandom, "saltRandom");
    }

    /**
     * Returns the base64 signature of {@code timestampMillis + METHOD + path}.
     *
     * @param timestampMillis Unix epoch milliseconds, the same value sent as {@code KALSHI-ACCESS-TIMESTAMP}
     * @param method the HTTP method in any case, e.g. {@code "get"}
     * @param path the request path from the host root, e.g. {@code /trade-api/v2/portfolio/orders?limit=5}
     */
    public String sign(long timestampMillis, String method, String path) {
        requireText(method, "method");
        requireText(path, "path");
        if (timestampMillis < 0) {
            throw new IllegalArgumentException("timestampMillis must not be negative: " + timestampMillis);
        }
        try {
            Signature signature = PssSignatures.newSignature();
            signature.initSign(privateKey, saltRandom);
            signature.update(PssSignatures.message(timestampMillis, method, path));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            // The JDK always ships RSASSA-PSS and the key was checked to be RSA, so this is a broken runtime.
            throw new IllegalStateException("RSASSA-PSS signing failed: " + e.getClass().getSimpleName(), e);
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty: " + value);
        }
    }

    @Override
    public String toString() {
        return "RequestSigner[RSASSA-PSS SHA-256]";
    }
}
