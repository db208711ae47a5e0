package org.hum.crypto.control;

/**
 * A ciphertext or wrapped key could not be authenticated.
 *
 * <p>docs/architecture.md, "Field-level encryption": decryption fails closed, and no plaintext or key
 * material ever reaches an exception message. The field message is therefore one fixed
 * sentence for every cause (malformed, truncated, tampered, wrong key, wrong place), so
 * that neither a log reader nor an attacker probing the API can tell the causes apart.
 * No cause is attached for the same reason.
 */
public class CryptoIntegrityException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The one message every failed field decryption carries. */
    public static final String FIELD_MESSAGE = "protected field failed its integrity check";

    /** The failure of a protected field: always {@link #FIELD_MESSAGE}. */
    public CryptoIntegrityException() {
        this(FIELD_MESSAGE);
    }

    /** For other integrity failures (wrapped data keys); the message must name no secret. */
    CryptoIntegrityException(String message) {
        super(message, null, false, false);
    }
}
