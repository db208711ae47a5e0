package org.hum.dev;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Where the server listens (docs/operations.md, "Transport"). HTTP is on the loopback address
 * always; HTTPS only with a TLS key, on {@code httpsAddress} (loopback, or an address other
 * machines reach).
 */
public record Listening(String httpsAddress, PrivateKey tlsKey, List<X509Certificate> tlsChain) {
    public static final String LOOPBACK_ADDRESS = "127.0.0.1";
    /** HTTP on loopback, no HTTPS. */
    public static final Listening LOOPBACK = new Listening(LOOPBACK_ADDRESS, null, List.of());

    public static Listening https(String address, PrivateKey key, List<X509Certificate> chain) {
        return new Listening(address, key, List.copyOf(chain));
    }

    public boolean tls() {
        return tlsKey != null;
    }
}
