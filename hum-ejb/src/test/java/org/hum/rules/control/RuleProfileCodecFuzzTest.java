package org.hum.rules.control;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.charset.StandardCharsets;

/**
 * The stored rule profile's figures are parsed at every request that reads a rule: whatever the
 * text, the codec answers a profile or says the stored one cannot be read (IllegalStateException),
 * never another exception (docs/testing.md, "Fuzzing").
 */
class RuleProfileCodecFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void anyTextIsAProfileOrARefusal(byte[] bytes) {
        try {
            RuleProfileCodec.parse("UK", new String(bytes, StandardCharsets.UTF_8));
        } catch (IllegalStateException refused) {
            // the documented refusal
        }
    }
}
