package dev.kalshisim.kalshi.client;

import dev.kalshisim.core.auth.PemKeys;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;

/** One RSA key pair per test run: generating keys is slow, and no test depends on its value. */
final class Keys {

    static final KeyPair PAIR = PemKeys.generateRsaKeyPair(new SecureRandom());
    static final PrivateKey PRIVATE = PAIR.getPrivate();

    private Keys() {
    }
}
