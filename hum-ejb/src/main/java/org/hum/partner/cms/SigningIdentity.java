package org.hum.partner.cms;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A signer: its private key, its certificate and the certificates above it (intermediates and,
 * optionally, the root). The chain travels inside each SignedData, so that a partner holding only
 * the root can build the path.
 *
 * @param key         the signing key (RSA or EC)
 * @param certificate the certificate of {@code key}
 * @param chain       the issuing certificates, nearest first; may be empty
 */
public record SigningIdentity(PrivateKey key, X509Certificate certificate, List<X509Certificate> chain) {

    public SigningIdentity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(certificate, "certificate");
        chain = List.copyOf(chain);
    }

    /** Never prints the key. */
    @Override
    public String toString() {
        return "SigningIdentity[" + CertificateCheck.fingerprint(certificate) + ", chain " + chain.size() + "]";
    }
}
