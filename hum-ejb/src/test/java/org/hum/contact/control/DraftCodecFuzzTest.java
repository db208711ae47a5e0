package org.hum.contact.control;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.charset.StandardCharsets;

/**
 * A stored draft's body is decoded into a contact report to show again: whatever the text, the
 * codec answers a report or an IllegalArgumentException, never another exception (docs/testing.md,
 * "Fuzzing").
 */
class DraftCodecFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void anyTextIsADraftOrARefusal(byte[] bytes) {
        try {
            DraftCodec.decode(new String(bytes, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException refused) {
            // the documented refusal
        }
    }
}
