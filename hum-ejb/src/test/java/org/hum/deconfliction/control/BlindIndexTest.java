package org.hum.deconfliction.control;

import org.hum.deconfliction.control.BlindIndex.Field;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlindIndexTest {
    private static final LocalDate DOB = LocalDate.of(1984, 3, 9);

    private static byte[] key(int seed) {
        byte[] k = new byte[32];
        new Random(seed).nextBytes(k);
        return k;
    }

    @Test
    void accentWidthCaseAndSpacingVariantsOfANameHaveTheSameNormalForm() {
        String expected = "mateo alvarez ruiz";
        for (String variant : List.of("Mateo Alvarez Ruiz", "MATEO ÁLVAREZ RUIZ", "  mateo   alvarez\truiz ",
                "Mateo Álvarez-Ruiz", "Mateo\u00a0Alvarez Ruiz", "Ｍａｔｅｏ Ａｌｖａｒｅｚ Ｒｕｉｚ",
                "Mateo A\u0301lvarez Ruiz", "mateo. alvarez, ruiz")) {
            assertEquals(expected, BlindIndex.nameForm(variant), variant);
        }
        assertEquals(BlindIndex.nameForm("Lucia Ferrer Gómez"), BlindIndex.nameForm("LUCÍA FERRER GOMEZ"));
        assertEquals(BlindIndex.nameForm("Strauß"), BlindIndex.nameForm("STRAUSS"), "ß folds to ss");
    }

    @Test
    void variantsOfOnePersonGetTheSameIndexAndDifferentPeopleDoNot() {
        BlindIndex index = new BlindIndex(key(1), 1L << 40); // many bits: unrelated values do not collide here
        byte[] a = index.nameAndBirth("Mateo Alvarez Ruiz", DOB).orElseThrow();
        assertArrayEquals(a, index.nameAndBirth("mateo  ÁLVAREZ-ruiz", DOB).orElseThrow());
        assertFalse(Arrays.equals(a, index.nameAndBirth("Mateo Alvarez Ruiz", DOB.plusDays(1)).orElseThrow()),
                "same name, another birthday");
        assertFalse(Arrays.equals(a, index.nameAndBirth("Ramon Ibarra Solis", DOB).orElseThrow()), "another name");
        assertArrayEquals(index.phone("+52 631 555 0142").orElseThrow(), index.phone("+52 (631) 555-0142").orElseThrow());
        assertFalse(Arrays.equals(index.phone("+52 631 555 0142").orElseThrow(), index.phone("+52 631 555 0143").orElseThrow()));
        assertArrayEquals(index.document("mx", "ab-123 456").orElseThrow(), index.document("MX", "AB123456").orElseThrow());
        assertFalse(Arrays.equals(index.document("MX", "AB123456").orElseThrow(), index.document("US", "AB123456").orElseThrow()),
                "the issuing country is part of the document's identity");
    }

    @Test
    void seededRandomNamesKeepTheirNormalFormUnderCaseSpacingAndPunctuationNoise() {
        Random random = new Random(20261128);
        String letters = "abcdefghijklmnopqrstuvwxyzáéíóúñü";
        for (int i = 0; i < 500; i++) {
            StringBuilder name = new StringBuilder();
            int words = 1 + random.nextInt(4);
            for (int w = 0; w < words; w++) {
                if (w > 0) {
                    name.append(' ');
                }
                for (int c = 0, n = 2 + random.nextInt(8); c < n; c++) {
                    name.append(letters.charAt(random.nextInt(letters.length())));
                }
            }
            String plain = name.toString();
            String noisy = "  " + plain.toUpperCase().replace(" ", random.nextBoolean() ? " - " : ",\t ") + ". ";
            assertEquals(BlindIndex.nameForm(plain), BlindIndex.nameForm(noisy), plain + " / " + noisy);
        }
    }

    @Test
    void eachFieldHasItsOwnDerivedKey() {
        Set<String> keys = new HashSet<>();
        for (Field f : Field.values()) {
            byte[] k = BlindIndex.fieldKey(key(1), f);
            assertEquals(32, k.length);
            assertTrue(keys.add(Arrays.toString(k)), f + " shares a key with another field");
            assertArrayEquals(k, BlindIndex.fieldKey(key(1), f), "derivation is deterministic");
            assertFalse(Arrays.equals(k, BlindIndex.fieldKey(key(2), f)), "another root key gives another field key");
        }
        BlindIndex index = new BlindIndex(key(1), 1L << 40);
        String same = "+15205550199";
        assertFalse(Arrays.equals(index.index(Field.PHONE, same), index.index(Field.DOCUMENT, same)),
                "the same value indexes differently in two fields");
        assertFalse(Arrays.equals(index.index(Field.PHONE, same), new BlindIndex(key(2), 1L << 40).index(Field.PHONE, same)));
    }

    @Test
    void truncationBitsFollowTheCipherSweetRule() {
        assertEquals(15, BlindIndex.bitsFor(100_000));
        assertEquals(8, BlindIndex.bitsFor(1_000));
        assertEquals(12, BlindIndex.bitsFor(10_000));
        assertEquals(18, BlindIndex.bitsFor(1_000_000));
        assertEquals(2, BlindIndex.bitsFor(8));
        for (long r = 8; r < 1L << 40; r = r * 3 + 1) {
            int b = BlindIndex.bitsFor(r);
            double perValue = BlindIndex.expectedFalsePositives(r, b);
            assertTrue(perValue >= 2 && perValue < Math.sqrt(r), "R=" + r + " b=" + b);
            assertTrue(BlindIndex.expectedFalsePositives(r, b + 1) < 2, "R=" + r + ": b is the largest such");
        }
        assertEquals(3.05, BlindIndex.expectedFalsePositives(100_000, 15), 0.01);
        assertThrows(IllegalArgumentException.class, () -> BlindIndex.bitsFor(7));
    }

    @Test
    void indexesAreTruncatedToTheirBitsAndCollideAtTheExpectedRate() {
        BlindIndex index = new BlindIndex(key(3), 100_000);
        assertEquals(15, index.bits());
        byte[] v = index.index(Field.PHONE, "+15205550100");
        assertEquals(2, v.length);
        assertEquals(0, v[1] & 0x01, "the 16th bit is cleared");
        // 20,000 distinct phones into 2^15 buckets: about 20000^2 / 2^16 ≈ 6,100 colliding pairs
        Set<String> seen = new HashSet<>();
        int collisions = 0;
        for (int i = 0; i < 20_000; i++) {
            if (!seen.add(Arrays.toString(index.index(Field.PHONE, "+1520" + (1_000_000 + i))))) {
                collisions++;
            }
        }
        assertTrue(collisions > 2_000, "truncation must make collisions happen by design: " + collisions);
    }

    @Test
    void phonesNormaliseToE164OnlyWithTheirCountryCode() {
        assertEquals(Optional.of("+526315550142"), BlindIndex.phoneForm("+52 631 555 0142"));
        assertEquals(Optional.of("+526315550142"), BlindIndex.phoneForm(" +52 (631) 555-0142 "));
        assertEquals(Optional.of("+526315550142"), BlindIndex.phoneForm("+52.631.555.0142"));
        assertEquals(Optional.of("+526315550142"), BlindIndex.phoneForm("＋５２ ６３１ ５５５ ０１４２"), "full-width digits");
        assertEquals(Optional.empty(), BlindIndex.phoneForm("631 555 0142"), "no country code");
        assertEquals(Optional.empty(), BlindIndex.phoneForm("0052 631 555 0142"), "an international prefix is not a +");
        assertEquals(Optional.empty(), BlindIndex.phoneForm("+0 631 555 0142"), "country codes never start with 0");
        assertEquals(Optional.empty(), BlindIndex.phoneForm("+52 631 555 0142 12345"), "more than 15 digits");
        assertEquals(Optional.empty(), BlindIndex.phoneForm("+52 call me"));
        assertEquals(Optional.empty(), BlindIndex.phoneForm("+52"));
    }

    @Test
    void documentNumbersAreUpperCasedStrippedAndPrefixedWithTheirCountry() {
        assertEquals(Optional.of("MX:G12345678"), BlindIndex.documentForm(" mx ", "g-1234 5678"));
        assertEquals(Optional.of(":G12345678"), BlindIndex.documentForm(null, "G12345678"));
        assertEquals(Optional.empty(), BlindIndex.documentForm("MX", " - "));
    }

    @Test
    void aNameWithoutLettersOrDigitsHasNoIndex() {
        assertEquals(Optional.empty(), BlindIndex.nameAndBirthForm("-- ..", DOB));
        assertEquals(Optional.empty(), BlindIndex.nameAndBirthForm("Ana", null));
        assertEquals(Optional.of("ana|1984-03-09"), BlindIndex.nameAndBirthForm("Ana", DOB));
    }

    @Test
    void aRootKeyOfTheWrongLengthIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BlindIndex(new byte[16], 100_000));
        assertThrows(IllegalArgumentException.class,
                () -> new BlindIndex("x".repeat(32).getBytes(StandardCharsets.US_ASCII), 3));
    }
}
