package org.hum.bench;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * AES-256-GCM (96-bit nonce, 128-bit tag, associated data) done the ways the product could
 * do it, each call shaped like {@code FieldCipher}'s: a fresh cipher object, init, associated
 * data, one {@code doFinal}. Output is {@code ciphertext || tag}, the same bytes on every
 * route for the same key, nonce and associated data (the test checks it), so the benchmarks
 * compare the engines and nothing else.
 */
final class Gcm {

    static final String TRANSFORMATION = "AES/GCM/NoPadding";
    static final String JDK_PROVIDER = "SunJCE";
    static final String BC_PROVIDER = "BC";
    static final int KEY_BYTES = 32;
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    /**
     * Size of FieldCipher's associated data for a UUID row id: seven length-prefixed fields
     * (label, format, entity "source", column "true_name", row id, DEK id, DEK version).
     */
    static final int AAD_BYTES = 112;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Gcm() {
    }

    static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** A fresh random nonce, as FieldCipher draws for every encryption. */
    static byte[] nonce() {
        return randomBytes(NONCE_BYTES);
    }

    /** Through the JCA, from the named provider ("SunJCE" or "BC"). */
    static byte[] jca(String provider, boolean encrypt, byte[] key, byte[] nonce, byte[] aad, byte[] in) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION, provider);
            cipher.init(encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE,
                    new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            return cipher.doFinal(in);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM from " + provider + " failed", e);
        }
    }

    /** Through Bouncy Castle's low-level API: {@code GCMBlockCipher} over {@code AESEngine}, no JCA. */
    static byte[] bcLowLevel(boolean encrypt, byte[] key, byte[] nonce, byte[] aad, byte[] in) {
        GCMModeCipher cipher = GCMBlockCipher.newInstance(AESEngine.newInstance());
        cipher.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BITS, nonce, aad));
        byte[] out = new byte[cipher.getOutputSize(in.length)];
        int n = cipher.processBytes(in, 0, in.length, out, 0);
        try {
            n += cipher.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("AES-256-GCM from Bouncy Castle's GCMBlockCipher failed", e);
        }
        if (n != out.length) {
            throw new IllegalStateException("GCMBlockCipher wrote " + n + " of " + out.length + " bytes");
        }
        return out;
    }
}
