package org.hum.audit.verify;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.charset.StandardCharsets;

/**
 * The verifier reads slices and witness files that anyone may hand it: whatever the bytes, it
 * answers a slice, a verdict, or an IllegalArgumentException naming what is wrong (which the
 * command line prints as "cannot verify", exit 2). Coverage-guided with Jazzer in the build's
 * fuzzing runs (docs/testing.md, "Fuzzing"); in the ordinary test run, its seeds and past findings.
 */
class SliceJsonFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void anyTextIsASliceAWitnessOrARefusalNamingWhy(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        try {
            AuditSlice slice = SliceJson.read(text);
            TrailCheck.verify(slice, Trails.KEY.getPublic(), SliceJson.readWitness(""));
        } catch (IllegalArgumentException refused) {
            // the documented refusal
        }
        try {
            SliceJson.readWitness(text);
        } catch (IllegalArgumentException refused) {
            // the documented refusal
        }
    }
}
