package org.hum.crypto.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts one protected field value into a versioned binary envelope, and back.
 *
 * <pre>
 * envelope v1 = version (1 byte, 0x01)
 *             || DEK id (16 bytes, UUID most then least significant, big-endian)
 *             || DEK version (4 bytes, big-endian)
 *             || nonce (12 bytes)
 *             || ciphertext || tag (16 bytes)
 * </pre>
 *
 * <p>Rules from docs/architecture.md, "Field-level encryption":
 * <ul>
 * <li>AES-256-GCM from the JDK's own provider, named explicitly ({@code SunJCE}): it is
 *     20-50 times faster than Bouncy Castle's pure-Java GCM, and naming it means a
 *     provider registered first can never take over.</li>
 * <li>96-bit random nonce, 128-bit tag. One DEK per source file keeps the number of
 *     encryptions per key far below the 2^32 limit NIST SP 800-38D sets for random nonces.</li>
 * <li>Associated data binds the ciphertext to its place (entity, column, row id) and to its
 *     key (DEK id and version), so a ciphertext copied elsewhere fails.</li>
 * <li>Fail closed: every bad envelope gives the same {@link CryptoIntegrityException}.</li>
 * </ul>
 */
@ApplicationScoped
public class FieldCipher {

    /** The only envelope format this class writes and reads. */
    public static final int FORMAT_VERSION = 1;

    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    static final int HEADER_BYTES = 1 + 16 + 4;
    static final int PREFIX_BYTES = HEADER_BYTES + NONCE_BYTES;
    static final int MIN_ENVELOPE_BYTES = PREFIX_BYTES + TAG_BITS / 8;

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final String JDK_PROVIDER = "SunJCE";
    private static final String AAD_LABEL = "hum.field";
    private static final SecureRandom RANDOM = new SecureRandom();

    public FieldCipher() {
        // CDI needs a public no-arg constructor; the class holds no state.
    }

    public byte[] encrypt(DataKey key, FieldContext ctx, byte[] plaintext) {
        Objects.requireNonNull(key, "data key");
        Objects.requireNonNull(ctx, "field context");
        Objects.requireNonNull(plaintext, "plaintext");
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        ByteBuffer envelope = ByteBuffer.allocate(MIN_ENVELOPE_BYTES + plaintext.length);
        envelope.put((byte) FORMAT_VERSION)
                .putLong(key.id().getMostSignificantBits())
                .putLong(key.id().getLeastSignificantBits())
                .putInt(key.version())
                .put(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION, JDK_PROVIDER);
            cipher.init(Cipher.ENCRYPT_MODE, key.key(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(ctx, key.id(), key.version()));
            cipher.doFinal(ByteBuffer.wrap(plaintext), envelope);
        } catch (GeneralSecurityException e) {
            // Names the algorithm only: no key or plaintext in the message.
            throw new IllegalStateException("AES-256-GCM from " + JDK_PROVIDER + " is not usable", e);
        }
        return envelope.array();
    }

    public byte[] decrypt(DataKey key, FieldContext ctx, byte[] envelope) {
        Objects.requireNonNull(key, "data key");
        Objects.requireNonNull(ctx, "field context");
        EnvelopeHeader header = header(envelope);
        if (!header.dekId().equals(key.id()) || header.dekVersion() != key.version()) {
            throw new CryptoIntegrityException();
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION, JDK_PROVIDER);
            GCMParameterSpec spec = new GCMParameterSpec(TAG_BITS, envelope, HEADER_BYTES, NONCE_BYTES);
            cipher.init(Cipher.DECRYPT_MODE, key.key(), spec);
            cipher.updateAAD(associatedData(ctx, key.id(), key.version()));
            return cipher.doFinal(envelope, PREFIX_BYTES, envelope.length - PREFIX_BYTES);
        } catch (GeneralSecurityException e) {
            // AEADBadTagException and anything else: the uniform failure, no cause attached.
            throw new CryptoIntegrityException();
        }
    }

    /**
     * The first bytes of every envelope sealed under this key version (format, key id, version):
     * what a search for the ciphertexts still under a version looks for.
     */
    public static byte[] headerBytes(UUID dekId, int dekVersion) {
        return ByteBuffer.allocate(HEADER_BYTES).put((byte) FORMAT_VERSION)
                .putLong(dekId.getMostSignificantBits())
                .putLong(dekId.getLeastSignificantBits())
                .putInt(dekVersion)
                .array();
    }

    /** Reads the header without decrypting; any malformed envelope gives the uniform failure. */
    public static EnvelopeHeader header(byte[] envelope) {
        if (envelope == null || envelope.length < MIN_ENVELOPE_BYTES || envelope[0] != FORMAT_VERSION) {
            throw new CryptoIntegrityException();
        }
        ByteBuffer in = ByteBuffer.wrap(envelope, 1, HEADER_BYTES - 1);
        UUID dekId = new UUID(in.getLong(), in.getLong());
        return new EnvelopeHeader(FORMAT_VERSION, dekId, in.getInt());
    }

    /** UTF-8 convenience; {@code null} stays {@code null} so optional columns stay NULL. */
    public byte[] encryptString(DataKey key, FieldContext ctx, String plaintext) {
        if (plaintext == null) {
            return null;
        }
        byte[] bytes = plaintext.getBytes(StandardCharsets.UTF_8);
        try {
            return encrypt(key, ctx, bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** UTF-8 convenience; a {@code null} envelope (a NULL column) gives {@code null}. */
    public String decryptString(DataKey key, FieldContext ctx, byte[] envelope) {
        if (envelope == null) {
            return null;
        }
        byte[] bytes = decrypt(key, ctx, envelope);
        try {
            return new String(bytes, StandardCharsets.UTF_8);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static byte[] associatedData(FieldContext ctx, UUID dekId, int dekVersion) {
        return new AssociatedData()
                .text(AAD_LABEL)
                .int32(FORMAT_VERSION)
                .text(ctx.entity())
                .text(ctx.column())
                .text(ctx.rowId())
                .uuid(dekId)
                .int32(dekVersion)
                .toBytes();
    }
}
