package dev.kalshisim.cli.run;

import dev.kalshisim.core.auth.Credentials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads an API key for the command line, failing with one line that never shows the key. */
public final class KeyFile {

    private KeyFile() {
    }

    /**
     * The credentials of {@code keyId} with the PEM private key (PKCS#1 or PKCS#8) in {@code file}.
     *
     * @throws IllegalArgumentException when the file is missing, unreadable or not an RSA PEM key
     */
    public static Credentials read(String keyId, Path file) {
        if (keyId == null || keyId.isBlank()) {
            throw new IllegalArgumentException("--key-id must not be blank");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("cannot read key file " + file);
        }
        try {
            return Credentials.fromFile(keyId.strip(), file);
        } catch (IOException unreadable) {
            throw new IllegalArgumentException("cannot read key file " + file + ": "
                    + unreadable.getClass().getSimpleName());
        }
    }
}
