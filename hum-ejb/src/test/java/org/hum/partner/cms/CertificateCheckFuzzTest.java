package org.hum.partner.cms;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * An administrator uploads a partner's certificate, PEM or DER: whatever the bytes, the check
 * answers a verdict (a 400 naming every problem when it is not usable), never an exception
 * (docs/testing.md, "Fuzzing").
 */
class CertificateCheckFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void anyBytesGetAVerdict(FuzzedDataProvider data) {
        long seconds = data.consumeLong(0, 4_102_444_800L); // to 2100
        byte[] bytes = data.consumeRemainingAsBytes();
        CertificateCheck.Verdict verdict = CertificateCheck.check(bytes, Instant.ofEpochSecond(seconds));
        assertNotNull(verdict);
        if (verdict.certificate() == null) {
            assertFalse(verdict.problems().isEmpty(), "no certificate, and no problem named");
        }
    }
}
