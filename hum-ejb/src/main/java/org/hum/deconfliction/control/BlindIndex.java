package org.hum.deconfliction.control;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Blind indexes of a person's identifiers (docs/architecture.md, "Field-level encryption"): an
 * HMAC-SHA256 of a normalised value under a key of its own per field, truncated so that
 * different people collide by design. A stolen copy of the index therefore cannot confirm a
 * guess with certainty, and a lookup returns a few candidates that the server decrypts and
 * compares; no deterministic encryption.
 *
 * <h2>Normal forms</h2>
 * <ul>
 *   <li><b>Name</b>: Unicode NFKC (full-width and compatibility forms become plain), then
 *       accents stripped (NFD, combining marks removed: "Gómez" and "Gomez" are the same name
 *       written by two units, and the extra false positives are removed by decryption), case
 *       folded ({@code toUpperCase(ROOT).toLowerCase(ROOT)}, so "ß" matches "SS"), and every
 *       run of characters that are neither letters nor digits (spaces, hyphens, commas,
 *       apostrophes, dots) folded to one space. Letters that do not decompose (ø, ł, đ) stay
 *       distinct, and reordered names ("Ruiz, Mateo") do not match.</li>
 *   <li><b>Name with date of birth</b>: the name's normal form, {@code |}, the ISO date.
 *       A name alone is never indexed: too many people share one.</li>
 *   <li><b>Phone</b>: E.164, {@code +} and the digits only; everything else (spaces,
 *       brackets, dots, hyphens) is dropped. A number without its leading {@code +} has no
 *       known country and is not normalisable.</li>
 *   <li><b>Identity document</b>: the issuing country (ISO 3166 code, upper-case, may be
 *       empty), {@code :}, the number upper-cased with everything but letters and digits
 *       dropped.</li>
 * </ul>
 *
 * <h2>Keys</h2>
 * Each field's HMAC key is HKDF-SHA256 (RFC 5869) of the 32-byte index root key, with a fixed
 * salt and the info {@code hum/blind-index/v1/<FIELD>}: equal values in two fields give
 * unrelated indexes, and one field's key says nothing about another's.
 *
 * <h2>Truncation</h2>
 * CipherSweet's rule for R rows: choose the bit length b with {@code 2 <= R / 2^b < sqrt(R)},
 * the largest such b (fewest false positives that still leave every index value shared by at
 * least two rows on average). {@link #bitsFor(long)} computes it. For the default
 * {@code hum.deconfliction.expected-sources=100000}: b = 15, so a lookup of one field finds
 * on average R / 2^15 = 3.05 false candidates, which the server decrypts and discards. Other
 * sizes: R = 1,000 gives 8 bits (3.9 false candidates per lookup); R = 10,000 gives 12 bits
 * (2.4); R = 1,000,000 gives 18 bits (3.8).
 */
public final class BlindIndex {
    /** The identifiers that are indexed; the name is the column value in {@code blind_index.field}. */
    public enum Field { NAME_DOB, PHONE, DOCUMENT }

    private static final byte[] SALT = "hum-blind-index-salt-v1".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern PHONE_NOISE = Pattern.compile("[\\s().\\-/]+");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    private final Map<Field, SecretKeySpec> keys = new EnumMap<>(Field.class);
    private final int bits;

    public BlindIndex(byte[] rootKey, long expectedSources) {
        if (rootKey == null || rootKey.length != 32) {
            throw new IllegalArgumentException("the index root key must be 32 bytes");
        }
        for (Field f : Field.values()) {
            keys.put(f, new SecretKeySpec(fieldKey(rootKey, f), "HmacSHA256"));
        }
        this.bits = bitsFor(expectedSources);
    }

    public int bits() {
        return bits;
    }

    /** The truncated index of an already normalised value. */
    public byte[] index(Field field, String normalised) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys.get(field));
            return truncate(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)), bits);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The index of a name with a date of birth; empty when the name has no letters or digits. */
    public Optional<byte[]> nameAndBirth(String name, LocalDate dateOfBirth) {
        return nameAndBirthForm(name, dateOfBirth).map(v -> index(Field.NAME_DOB, v));
    }

    /** The index of a phone number; empty when it is not in international form. */
    public Optional<byte[]> phone(String phone) {
        return phoneForm(phone).map(v -> index(Field.PHONE, v));
    }

    /** The index of an identity-document number; empty when it has no letters or digits. */
    public Optional<byte[]> document(String country, String number) {
        return documentForm(country, number).map(v -> index(Field.DOCUMENT, v));
    }

    // ---- normal forms ----

    public static String nameForm(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        s = NOT_LETTER_OR_DIGIT.matcher(s).replaceAll(" ").strip();
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    public static Optional<String> nameAndBirthForm(String name, LocalDate dateOfBirth) {
        if (name == null || dateOfBirth == null) {
            return Optional.empty();
        }
        String n = nameForm(name);
        return n.isEmpty() ? Optional.empty() : Optional.of(n + "|" + dateOfBirth);
    }

    /**
     * E.164: a leading {@code +}, a first digit 1 to 9, at most 15 digits in all (7 at
     * least, to refuse fragments). Letters or a missing {@code +} make it not normalisable.
     */
    public static Optional<String> phoneForm(String phone) {
        if (phone == null) {
            return Optional.empty();
        }
        String s = PHONE_NOISE.matcher(Normalizer.normalize(phone, Normalizer.Form.NFKC)).replaceAll("");
        if (s.startsWith("00")) {
            return Optional.empty(); // an international prefix, not a country code: ask for the + form
        }
        return E164.matcher(s).matches() ? Optional.of(s) : Optional.empty();
    }

    public static Optional<String> documentForm(String country, String number) {
        if (number == null) {
            return Optional.empty();
        }
        String n = NOT_LETTER_OR_DIGIT.matcher(Normalizer.normalize(number, Normalizer.Form.NFKC)).replaceAll("")
                .toUpperCase(Locale.ROOT);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        String c = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        return Optional.of(c + ":" + n);
    }

    // ---- keys and truncation ----

    static byte[] fieldKey(byte[] rootKey, Field field) {
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(rootKey, SALT,
                ("hum/blind-index/v1/" + field.name()).getBytes(StandardCharsets.US_ASCII)));
        byte[] key = new byte[32];
        hkdf.generateBytes(key, 0, key.length);
        return key;
    }

    /**
     * The largest b with {@code 2 <= R / 2^b < sqrt(R)} (CipherSweet). Such a b exists for
     * R of 8 or more; smaller installations are refused rather than given an index that
     * either identifies (too many bits) or finds everyone (too few).
     */
    public static int bitsFor(long expectedSources) {
        if (expectedSources < 8 || expectedSources > (1L << 60)) {
            throw new IllegalArgumentException("hum.deconfliction.expected-sources must be from 8 to 2^60");
        }
        double sqrt = Math.sqrt(expectedSources);
        for (int b = 62; b >= 1; b--) {
            double perValue = expectedSources / Math.pow(2, b);
            if (perValue >= 2 && perValue < sqrt) {
                return b;
            }
        }
        throw new IllegalArgumentException("no bit length satisfies the CipherSweet rule for " + expectedSources);
    }

    /** Expected false candidates for one lookup of one field: R / 2^bits. */
    public static double expectedFalsePositives(long expectedSources, int bits) {
        return expectedSources / Math.pow(2, bits);
    }

    static byte[] truncate(byte[] mac, int bits) {
        byte[] out = Arrays.copyOf(mac, (bits + 7) / 8);
        int spare = out.length * 8 - bits;
        if (spare > 0) {
            out[out.length - 1] &= (byte) (0xFF << spare);
        }
        return out;
    }
}
