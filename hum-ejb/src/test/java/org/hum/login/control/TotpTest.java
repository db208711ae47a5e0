package org.hum.login.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TotpTest {
    /** RFC 6238, appendix B: the SHA-1 seed is the ASCII of "12345678901234567890". */
    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void rfc6238TestVectorsForSha1() {
        assertEquals("94287082", Totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(59)), 8));
        assertEquals("07081804", Totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(1111111109)), 8));
        assertEquals("14050471", Totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(1111111111)), 8));
        assertEquals("89005924", Totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(1234567890)), 8));
        assertEquals("69279037", Totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(2000000000)), 8));
        assertEquals("65353130", Totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(20000000000L)), 8));
        // six digits, as HUM uses them, keep the leading zero
        assertEquals("081804", Totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(1111111109))));
    }

    @Test
    void acceptsThePreviousCurrentAndNextStepOnly() {
        Instant now = Instant.ofEpochSecond(1111111109);
        long step = Totp.step(now);
        assertEquals(OptionalLong.of(step - 1), Totp.verify(RFC_SEED, Totp.code(RFC_SEED, step - 1), now, -1));
        assertEquals(OptionalLong.of(step), Totp.verify(RFC_SEED, Totp.code(RFC_SEED, step), now, -1));
        assertEquals(OptionalLong.of(step + 1), Totp.verify(RFC_SEED, Totp.code(RFC_SEED, step + 1), now, -1));
        assertFalse(Totp.verify(RFC_SEED, Totp.code(RFC_SEED, step - 2), now, -1).isPresent());
        assertFalse(Totp.verify(RFC_SEED, Totp.code(RFC_SEED, step + 2), now, -1).isPresent());
    }

    @Test
    void aCodeWorksOnceAndNoEarlierStepAfterIt() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = Totp.step(now);
        String code = Totp.code(RFC_SEED, step);
        long used = Totp.verify(RFC_SEED, code, now, -1).orElseThrow();
        assertFalse(Totp.verify(RFC_SEED, code, now, used).isPresent(), "replayed");
        assertFalse(Totp.verify(RFC_SEED, Totp.code(RFC_SEED, step - 1), now, used).isPresent(), "older than the last used");
        assertTrue(Totp.verify(RFC_SEED, Totp.code(RFC_SEED, step + 1), now, used).isPresent());
    }

    @Test
    void refusesWhatIsNotSixDigits() {
        Instant now = Instant.ofEpochSecond(59);
        String code = Totp.code(RFC_SEED, Totp.step(now));
        assertFalse(Totp.verify(RFC_SEED, null, now, -1).isPresent());
        assertFalse(Totp.verify(RFC_SEED, "", now, -1).isPresent());
        assertFalse(Totp.verify(RFC_SEED, "94287082", now, -1).isPresent());
        assertFalse(Totp.verify(RFC_SEED, "28708a", now, -1).isPresent());
        assertTrue(Totp.verify(RFC_SEED, code.substring(0, 3) + " " + code.substring(3), now, -1).isPresent());
    }

    @Test
    void base32AsRfc4648() {
        assertEquals("", Totp.base32(new byte[0]));
        assertEquals("MY", Totp.base32("f".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("MZXW6YTBOI", Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Totp.base32(RFC_SEED));
        assertEquals(32, Totp.base32(Totp.newSecret()).length(), "160 bits");
    }

    @Test
    void base32ReadsBackWhatItWrote() {
        assertEquals("foobar", new String(Totp.fromBase32("MZXW6YTBOI"), StandardCharsets.US_ASCII));
        assertEquals("foobar", new String(Totp.fromBase32("mzxw6ytboi"), StandardCharsets.US_ASCII), "either case");
        assertArrayEquals(RFC_SEED, Totp.fromBase32(Totp.base32(RFC_SEED)));
        assertThrows(IllegalArgumentException.class, () -> Totp.fromBase32("MZ1W"), "1 is not a base32 letter");
    }

    @Test
    void otpauthUriNamesIssuerAccountAndParameters() {
        assertEquals("otpauth://totp/HUM:officer%201?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=HUM"
                + "&algorithm=SHA1&digits=6&period=30", Totp.uri("HUM", "officer 1", RFC_SEED));
    }
}
