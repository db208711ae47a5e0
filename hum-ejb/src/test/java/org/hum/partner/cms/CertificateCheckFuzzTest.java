package org.hum.partner.cms;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * An administrator uploads a partner's certificate, PEM or DER: whatever the bytes, the check
 * answers a verdict (a 400 naming every problem when it is not usable), never an exception
 * (docs/testing.md, "Fuzzing").
 *
 * <p>The input is the certificate's bytes alone, each checked at three instants (before, inside
 * and after the seed certificate's validity): a seed is then a whole certificate, so that the
 * fuzzer's mutations reach the checks after the parse. When the instant came out of the same
 * input, the fuzzer took its bytes from the end of the certificate, and not one mutation parsed.
 */
class CertificateCheckFuzzTest {
    private static final Instant[] INSTANTS = {
        Instant.EPOCH, Instant.parse("2026-12-20T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z")};

    @FuzzTest(maxDuration = "10s")
    void anyBytesGetAVerdict(byte[] bytes) {
        for (Instant now : INSTANTS) {
            CertificateCheck.Verdict verdict = CertificateCheck.check(bytes, now);
            assertNotNull(verdict);
            if (verdict.certificate() == null) {
                assertFalse(verdict.problems().isEmpty(), "no certificate, and no problem named");
            }
        }
    }
}
