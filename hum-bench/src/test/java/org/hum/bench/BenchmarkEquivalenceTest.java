package org.hum.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Random;
import org.hum.crypto.control.CryptoProviders;
import org.hum.crypto.control.DataKey;
import org.hum.crypto.control.WrappedDataKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks compare like with like: every AES-GCM route gives the same bytes, and every
 * benchmark method does the work it is named for. Runs in well under a second; no
 * benchmark is measured here.
 */
class BenchmarkEquivalenceTest {

    @BeforeAll
    static void installBouncyCastle() {
        CryptoProviders.install();
    }

    @Test
    void theThreeGcmRoutesGiveIdenticalCiphertextAndDecryptEachOther() {
        Random random = new Random(20261128L);
        int[] sizes = {0, 1, 15, 16, 17, 255, 256, 4097, 65536};
        for (int i = 0; i < 40; i++) {
            int size = i < sizes.length ? sizes[i] : random.nextInt(3000);
            byte[] key = bytes(random, Gcm.KEY_BYTES);
            byte[] nonce = bytes(random, Gcm.NONCE_BYTES);
            byte[] aad = bytes(random, Gcm.AAD_BYTES);
            byte[] plaintext = bytes(random, size);

            byte[] jdk = Gcm.jca(Gcm.JDK_PROVIDER, true, key, nonce, aad, plaintext);
            byte[] bcJca = Gcm.jca(Gcm.BC_PROVIDER, true, key, nonce, aad, plaintext);
            byte[] bcLow = Gcm.bcLowLevel(true, key, nonce, aad, plaintext);

            assertEquals(size + Gcm.TAG_BITS / 8, jdk.length, "ciphertext plus tag, size " + size);
            assertArrayEquals(jdk, bcJca, "SunJCE and BC's provider, size " + size);
            assertArrayEquals(jdk, bcLow, "SunJCE and BC's GCMBlockCipher, size " + size);
            assertArrayEquals(plaintext, Gcm.jca(Gcm.BC_PROVIDER, false, key, nonce, aad, jdk));
            assertArrayEquals(plaintext, Gcm.bcLowLevel(false, key, nonce, aad, jdk));
            assertArrayEquals(plaintext, Gcm.jca(Gcm.JDK_PROVIDER, false, key, nonce, aad, bcLow));
        }
    }

    @Test
    void everyGcmRouteRejectsATamperedTag() {
        Random random = new Random(7L);
        byte[] key = bytes(random, Gcm.KEY_BYTES);
        byte[] nonce = bytes(random, Gcm.NONCE_BYTES);
        byte[] aad = bytes(random, Gcm.AAD_BYTES);
        byte[] ciphertext = Gcm.jca(Gcm.JDK_PROVIDER, true, key, nonce, aad, bytes(random, 256));
        ciphertext[ciphertext.length - 1] ^= 1;

        assertThrows(IllegalStateException.class, () -> Gcm.jca(Gcm.JDK_PROVIDER, false, key, nonce, aad, ciphertext));
        assertThrows(IllegalStateException.class, () -> Gcm.jca(Gcm.BC_PROVIDER, false, key, nonce, aad, ciphertext));
        assertThrows(IllegalStateException.class, () -> Gcm.bcLowLevel(false, key, nonce, aad, ciphertext));
    }

    @Test
    void fieldCipherBenchmarksAllDecryptTheSamePlaintextAndEncryptToTheExpectedSizes() {
        for (int size : new int[] {256, 65536}) {
            FieldCipherBenchmark bench = new FieldCipherBenchmark();
            bench.size = size;
            bench.setUp();

            byte[] plaintext = bench.fieldCipherDecrypt();
            assertEquals(size, plaintext.length);
            assertArrayEquals(plaintext, bench.jdkJcaDecrypt());
            assertArrayEquals(plaintext, bench.bcJcaDecrypt());
            assertArrayEquals(plaintext, bench.bcLowLevelDecrypt());

            // FieldCipher's envelope: version, DEK id, DEK version, nonce, then ciphertext and tag.
            assertEquals(1 + 16 + 4 + Gcm.NONCE_BYTES + size + 16, bench.fieldCipherEncrypt().length);
            assertEquals(size + 16, bench.jdkJcaEncrypt().length);
            assertEquals(size + 16, bench.bcJcaEncrypt().length);
            assertEquals(size + 16, bench.bcLowLevelEncrypt().length);
        }
    }

    @Test
    void keyVaultBenchmarkUnwrapsTheKeyItWrapsAndCleansUp() throws IOException {
        KeyVaultBenchmark bench = new KeyVaultBenchmark();
        bench.setUp();
        try {
            WrappedDataKey wrapped = bench.wrap();
            DataKey unwrapped = bench.unwrap();
            assertEquals(wrapped.id(), unwrapped.id());
            assertEquals(wrapped.version(), unwrapped.version());
            assertEquals("kek-1", wrapped.kekId());
        } finally {
            bench.tearDown();
        }
    }

    @Test
    void blindIndexTruncationKeepsExactlyTheLeadingBits() {
        byte[] tag = {(byte) 0xAB, (byte) 0xCD, (byte) 0xEF, (byte) 0x12, 0x34};
        assertEquals(0xABCD, BlindIndexBenchmark.truncate(tag, 16));
        assertEquals(0xABCDEF, BlindIndexBenchmark.truncate(tag, 24));
        assertEquals(0xABCDEF12, BlindIndexBenchmark.truncate(tag, 32));
        Random random = new Random(99L);
        for (int i = 0; i < 1000; i++) {
            int bits = 16 + random.nextInt(16);
            int index = BlindIndexBenchmark.truncate(bytes(random, 32), bits);
            assertTrue(index >= 0 && index < (1L << bits), bits + " bits gave " + index);
        }
        assertEquals(40, BlindIndexBenchmark.VALUE.length);
    }

    private static byte[] bytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
