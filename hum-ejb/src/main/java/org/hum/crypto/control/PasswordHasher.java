package org.hum.crypto.control;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} (unpadded standard Base64).
 *
 * <p>docs/architecture.md, "Identity": Argon2id from Bouncy Castle, never a
 * weak default. Parameters are OWASP's minimum for Argon2id (19 MiB, 2 passes, 1 lane).
 * They are read back from each stored string, so raising them later leaves old hashes
 * verifiable while {@link #needsRehash} flags them for upgrade at the next login.
 * Thread-safe and stateless apart from the random source.
 */
public final class PasswordHasher {

    public static final int MEMORY_KIB = 19_456;
    public static final int ITERATIONS = 2;
    public static final int PARALLELISM = 1;

    private static final int VERSION = Argon2Parameters.ARGON2_VERSION_13; // 0x13 = 19
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    // Upper bounds keep a corrupted or hostile stored string from costing gigabytes or minutes.
    private static final long MAX_MEMORY_KIB = 1L << 20;
    private static final int MAX_ITERATIONS = 64;
    private static final int MAX_PARALLELISM = 16;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,10}),t=(\\d{1,10}),p=(\\d{1,10})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");

    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Fixed salt for {@link #burnEquivalentTime}: the work matters there, not the result. */
    private static final byte[] BURN_SALT = new byte[SALT_BYTES];

    /** A fresh salted hash of {@code password} with the current parameters. */
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = argon2(password, MEMORY_KIB, ITERATIONS, PARALLELISM, salt, HASH_BYTES);
        String encoded = "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
        Arrays.fill(hash, (byte) 0);
        return encoded;
    }

    /**
     * Whether {@code password} matches {@code encoded}, compared in constant time. A null
     * or malformed {@code encoded} gives {@code false}, never an exception.
     */
    public boolean verify(char[] password, String encoded) {
        Stored stored = parse(encoded);
        if (stored == null || password == null) {
            return false;
        }
        byte[] candidate = argon2(password, stored.memoryKib(), stored.iterations(), stored.parallelism(),
                stored.salt(), stored.hash().length);
        try {
            return MessageDigest.isEqual(candidate, stored.hash());
        } finally {
            Arrays.fill(candidate, (byte) 0);
        }
    }

    /** True when {@code encoded} is malformed or weaker than the current parameters. */
    public boolean needsRehash(String encoded) {
        Stored stored = parse(encoded);
        return stored == null
                || stored.memoryKib() < MEMORY_KIB
                || stored.iterations() < ITERATIONS
                || stored.parallelism() < PARALLELISM
                || stored.salt().length < SALT_BYTES
                || stored.hash().length < HASH_BYTES;
    }

    /**
     * Does the work of one {@link #verify} with current parameters and discards it: call it
     * when the user name does not exist, so response time does not reveal which names do.
     */
    /** The Argon2id parameters {@link #burnEquivalentTime} runs with, as a hash writes them ({@code m=..,t=..,p=..}). */
    static String burnParameters() {
        return "m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM;
    }

    public void burnEquivalentTime(char[] password) {
        byte[] hash = argon2(password == null ? new char[0] : password,
                MEMORY_KIB, ITERATIONS, PARALLELISM, BURN_SALT, HASH_BYTES);
        // Compare as verify does, so even that small step costs the same.
        MessageDigest.isEqual(hash, new byte[HASH_BYTES]);
        Arrays.fill(hash, (byte) 0);
    }

    private static byte[] argon2(char[] password, int memoryKib, int iterations, int parallelism,
            byte[] salt, int hashLength) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(VERSION)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] passwordBytes = utf8(password);
        byte[] out = new byte[hashLength];
        try {
            generator.generateBytes(passwordBytes, out);
            return out;
        } finally {
            Arrays.fill(passwordBytes, (byte) 0);
        }
    }

    /** UTF-8 without an intermediate String, so the password bytes can be wiped. */
    private static byte[] utf8(char[] password) {
        try {
            ByteBuffer buffer = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .encode(CharBuffer.wrap(password));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            if (buffer.hasArray()) {
                Arrays.fill(buffer.array(), (byte) 0);
            }
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("UTF-8 encoder failed despite REPLACE", e);
        }
    }

    /** Parses a PHC string; null when malformed or outside the accepted bounds. */
    private static Stored parse(String encoded) {
        if (encoded == null) {
            return null;
        }
        Matcher m = PHC.matcher(encoded);
        if (!m.matches()) {
            return null;
        }
        try {
            long memory = Long.parseLong(m.group(1));
            long iterations = Long.parseLong(m.group(2));
            long parallelism = Long.parseLong(m.group(3));
            byte[] salt = canonical(m.group(4));
            byte[] hash = canonical(m.group(5));
            boolean sane = parallelism >= 1 && parallelism <= MAX_PARALLELISM
                    && memory >= 8 * parallelism && memory <= MAX_MEMORY_KIB
                    && iterations >= 1 && iterations <= MAX_ITERATIONS
                    && salt.length >= 8 && salt.length <= 64
                    && hash.length >= 16 && hash.length <= 64;
            return sane ? new Stored((int) memory, (int) iterations, (int) parallelism, salt, hash) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Decodes unpadded Base64 only in its one canonical form. The decoder alone ignores the
     * unused low bits of the last character, so two strings would stand for one hash.
     */
    private static byte[] canonical(String b64) {
        byte[] bytes = B64_DECODER.decode(b64);
        if (!B64.encodeToString(bytes).equals(b64)) {
            throw new IllegalArgumentException("not canonical Base64");
        }
        return bytes;
    }

    /** The parts of a stored PHC string. Arrays are private to this class and never exposed. */
    private record Stored(int memoryKib, int iterations, int parallelism, byte[] salt, byte[] hash) {
    }
}
