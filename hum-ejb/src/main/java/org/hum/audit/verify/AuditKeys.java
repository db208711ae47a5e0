package org.hum.audit.verify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Ed25519 keys and signatures for checkpoints, from the JDK's own provider (SunEC, Java 15+).
 * Public keys travel as PEM ({@code -----BEGIN PUBLIC KEY-----}, X.509 SubjectPublicKeyInfo),
 * so {@code openssl pkey -pubin -in audit-public.pem -text} reads them too.
 */
public final class AuditKeys {
    public static final String ALGORITHM = "Ed25519";
    private static final String PUBLIC_BEGIN = "-----BEGIN PUBLIC KEY-----";
    private static final String PUBLIC_END = "-----END PUBLIC KEY-----";
    private static final String PRIVATE_BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String PRIVATE_END = "-----END PRIVATE KEY-----";

    private AuditKeys() {
    }

    /** A short, stable name for a public key: the first 8 bytes of the SHA-256 of its encoding, in hex. */
    public static String keyId(PublicKey key) {
        return AuditHashes.hex(java.util.Arrays.copyOf(AuditHashes.sha256(key.getEncoded()), 8));
    }

    public static byte[] sign(PrivateKey key, byte[] payload) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(key);
            s.update(payload);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign an audit checkpoint with Ed25519", e);
        }
    }

    public static boolean verify(PublicKey key, byte[] payload, byte[] signature) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(key);
            s.update(payload);
            return s.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false; // a malformed signature is simply not a valid one
        }
    }

    public static String publicPem(PublicKey key) {
        return pem(PUBLIC_BEGIN, key.getEncoded(), PUBLIC_END);
    }

    public static String privatePem(PrivateKey key) {
        return pem(PRIVATE_BEGIN, key.getEncoded(), PRIVATE_END);
    }

    public static PublicKey readPublicPem(String pem) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der(pem, PUBLIC_BEGIN, PUBLIC_END)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key in PEM form", e);
        }
    }

    public static PrivateKey readPrivatePem(String pem) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der(pem, PRIVATE_BEGIN, PRIVATE_END)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 private key in PKCS#8 PEM form", e);
        }
    }

    private static String pem(String begin, byte[] der, String end) {
        return begin + "\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n" + end + "\n";
    }

    private static byte[] der(String pem, String begin, String end) {
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("expected a PEM block " + begin);
        }
        return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    }
}
