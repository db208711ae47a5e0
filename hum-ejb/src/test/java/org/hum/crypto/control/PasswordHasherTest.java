package org.hum.crypto.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasswordHasherTest {

    private static final char[] PASSWORD = "Tr0ub4dor&3 ünïcødé".toCharArray();

    private final PasswordHasher hasher = new PasswordHasher();
    private String stored;

    @BeforeAll
    void hashOnce() {
        stored = hasher.hash(PASSWORD);
    }

    /** An Argon2id PHC string made directly with Bouncy Castle, for parameters other than ours. */
    private static String phc(String password, int memoryKib, int iterations, int parallelism, int hashBytes) {
        byte[] salt = "sixteen byte slt".getBytes(StandardCharsets.US_ASCII);
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib).withIterations(iterations).withParallelism(parallelism)
                .withSalt(salt).build());
        byte[] hash = new byte[hashBytes];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), hash);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism
                + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    @Test
    void constantsMeetOwaspArgon2idMinimum() {
        assertTrue(PasswordHasher.MEMORY_KIB >= 19_456);
        assertTrue(PasswordHasher.ITERATIONS >= 2);
        assertTrue(PasswordHasher.PARALLELISM >= 1);
    }

    @Test
    void hashStringCarriesArgon2idOwaspParametersSaltAndHash() {
        assertTrue(stored.matches(
                "\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), stored);
    }

    @Test
    void rightPasswordVerifies() {
        assertTrue(hasher.verify(PASSWORD, stored));
    }

    @Test
    void wrongPasswordDoesNotVerify() {
        assertFalse(hasher.verify("Tr0ub4dor&4 ünïcødé".toCharArray(), stored));
        assertFalse(hasher.verify(new char[0], stored));
    }

    @Test
    void twoHashesOfTheSamePasswordDiffer() {
        assertNotEquals(stored, hasher.hash(PASSWORD));
    }

    @Test
    void hashMatchesAnIndependentBouncyCastleComputationOverItsOwnSalt() {
        String[] parts = stored.split("\\$");
        byte[] salt = Base64.getDecoder().decode(parts[4]);
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(19_456).withIterations(2).withParallelism(1).withSalt(salt).build());
        byte[] expected = new byte[32];
        generator.generateBytes(new String(PASSWORD).getBytes(StandardCharsets.UTF_8), expected);
        assertEquals(Base64.getEncoder().withoutPadding().encodeToString(expected), parts[5]);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "garbage",
        "$argon2i$v=19$m=19456,t=2,p=1$c2l4dGVlbiBieXRlIHNsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "$argon2id$v=16$m=19456,t=2,p=1$c2l4dGVlbiBieXRlIHNsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "$argon2id$v=19$m=19456,t=2,p=1$c2l4dGVlbiBieXRlIHNsdA$",
        "$argon2id$v=19$m=19456,t=2,p=1$c2l4dGVlbiBieXRlIHNsdA$A",
        "$argon2id$v=19$m=19456,t=0,p=1$c2l4dGVlbiBieXRlIHNsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "$argon2id$v=19$m=99999999999,t=2,p=1$c2l4dGVlbiBieXRlIHNsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "$argon2id$v=19$m=19456,t=2,p=0$c2l4dGVlbiBieXRlIHNsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "$argon2id$v=19$m=19456,t=2,p=1$c2l4dGVlbiBieXRlIHNsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA$x",
        "$argon2id$v=19$m=19456,t=2,p=1$!!!!$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    })
    void malformedHashStringVerifiesFalseWithoutThrowing(String encoded) {
        assertFalse(hasher.verify(PASSWORD, encoded));
        assertTrue(hasher.needsRehash(encoded));
    }

    @Test
    void truncatedOrAlteredStoredHashDoesNotVerify() {
        assertFalse(hasher.verify(PASSWORD, stored.substring(0, stored.length() - 1)));
        // every last character: a change to its unused low bits must not still verify (non-canonical Base64)
        String prefix = stored.substring(0, stored.length() - 1);
        for (char c : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray()) {
            if (c != stored.charAt(stored.length() - 1)) {
                assertFalse(hasher.verify(PASSWORD, prefix + c), "last character " + c);
            }
        }
        int middle = stored.length() - 10;
        String altered = stored.substring(0, middle) + (stored.charAt(middle) == 'A' ? 'B' : 'A') + stored.substring(middle + 1);
        assertFalse(hasher.verify(PASSWORD, altered));
    }

    @Test
    void currentParametersNeedNoRehash() {
        assertFalse(hasher.needsRehash(stored));
    }

    @Test
    void olderWeakerHashStillVerifiesButNeedsRehash() {
        String weak = phc("hunter2", 4096, 1, 1, 32);
        assertTrue(hasher.verify("hunter2".toCharArray(), weak));
        assertFalse(hasher.verify("hunter3".toCharArray(), weak));
        assertTrue(hasher.needsRehash(weak));
    }

    @Test
    void eachWeakerParameterNeedsRehash() {
        assertTrue(hasher.needsRehash(phc("p", 19_455, 2, 1, 32)), "less memory");
        assertTrue(hasher.needsRehash(phc("p", 19_456, 1, 1, 32)), "fewer iterations");
        assertTrue(hasher.needsRehash(phc("p", 19_456, 2, 1, 16)), "shorter hash");
    }

    @Test
    void strongerParametersNeedNoRehash() {
        assertFalse(hasher.needsRehash(phc("p", 19_456, 3, 1, 32)));
    }

    @Test
    void burnEquivalentTimeRunsTheSameArgon2AsAVerifyOfAFreshHash() {
        // the same memory, passes and lanes cost the same work, without timing anything on a busy machine
        String fresh = hasher.hash(PASSWORD);
        assertTrue(fresh.startsWith("$argon2id$v=19$" + PasswordHasher.burnParameters() + "$"), fresh);
        hasher.burnEquivalentTime(PASSWORD); // and it runs with any input, null included
        hasher.burnEquivalentTime(null);
    }
}
