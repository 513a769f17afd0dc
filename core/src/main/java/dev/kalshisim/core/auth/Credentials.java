package dev.kalshisim.core.auth;

import java.io.IOException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.interfaces.RSAKey;
import java.util.Map;

/**
 * A Kalshi API key: its id and the RSA private key that signs for it.
 *
 * <p>{@link #toString()} never prints the key. Immutable and thread-safe.
 *
 * @param keyId the API key id sent as {@code KALSHI-ACCESS-KEY}
 * @param privateKey the RSA private key
 */
public record Credentials(String keyId, PrivateKey privateKey) {

    /** Environment variable holding the API key id. */
    public static final String ENV_KEY_ID = "KALSHI_API_KEY_ID";
    /** Environment variable holding the path of a PEM private-key file. */
    public static final String ENV_PRIVATE_KEY_PATH = "KALSHI_PRIVATE_KEY_PATH";
    /** Environment variable holding the PEM private key itself (CI secrets); literal {@code \n} escapes are accepted. */
    public static final String ENV_PRIVATE_KEY = "KALSHI_PRIVATE_KEY";

    public Credentials {
        if (keyId == null || keyId.isBlank()) {
            throw new IllegalArgumentException("keyId must not be blank: " + keyId);
        }
        PssSignatures.requireRsa(privateKey, "privateKey");
    }

    /** Credentials from a key id and a PEM private key (PKCS#1 or PKCS#8). */
    public static Credentials fromPem(String keyId, String privateKeyPem) {
        return new Credentials(keyId, PemKeys.readPrivateKey(privateKeyPem));
    }

    /** Credentials from a key id and a PEM private-key file. */
    public static Credentials fromFile(String keyId, Path privateKeyFile) throws IOException {
        return new Credentials(keyId, PemKeys.readPrivateKey(privateKeyFile));
    }

    /**
     * Credentials from environment variables: {@value #ENV_KEY_ID} and exactly one of
     * {@value #ENV_PRIVATE_KEY_PATH} or {@value #ENV_PRIVATE_KEY}.
     *
     * @param environment the variables, e.g. {@code System.getenv()}
     * @throws IllegalArgumentException naming the missing or conflicting variable (never its value)
     */
    public static Credentials fromEnvironment(Map<String, String> environment) throws IOException {
        String keyId = nonBlank(environment, ENV_KEY_ID);
        String path = nonBlank(environment, ENV_PRIVATE_KEY_PATH);
        String pem = nonBlank(environment, ENV_PRIVATE_KEY);
        if (keyId == null) {
            throw new IllegalArgumentException("environment variable " + ENV_KEY_ID + " is not set");
        }
        if (path != null && pem != null) {
            throw new IllegalArgumentException("set only one of " + ENV_PRIVATE_KEY_PATH + " and " + ENV_PRIVATE_KEY);
        }
        if (path != null) {
            return fromFile(keyId.strip(), Path.of(path.strip()));
        }
        if (pem != null) {
            // Secret stores often flatten newlines to the two characters backslash and n.
            String text = pem.indexOf('\n') < 0 ? pem.replace("\\n", "\n") : pem;
            return fromPem(keyId.strip(), text);
        }
        throw new IllegalArgumentException("neither " + ENV_PRIVATE_KEY_PATH + " nor " + ENV_PRIVATE_KEY + " is set");
    }

    /** A signer for this key. */
    public RequestSigner signer() {
        return new RequestSigner(privateKey);
    }

    @Override
    public String toString() {
        String size = privateKey instanceof RSAKey rsa ? rsa.getModulus().bitLength() + "-bit " : "";
        return "Credentials[keyId=" + keyId + ", privateKey=<" + size + "RSA, redacted>]";
    }

    private static String nonBlank(Map<String, String> environment, String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? null : value;
    }
}
