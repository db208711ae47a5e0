package org.hum.audit.verify;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditHashesTest {
    private static final Instant T = Instant.parse("2026-11-28T10:15:30.123456Z");

    private static AuditEntry entry(String actor, String objectType, String objectId, String label) {
        return new AuditEntry(1, T, actor, "CASE_OFFICER", "SOURCE_READ", objectType, objectId, label, null, "SUCCESS",
                "127.0.0.1", "c1", null);
    }

    @Test
    void entryHashIsStableAndIgnoresTheSequenceNumber() {
        AuditEntry a = entry("officer1", "SOURCE", "x", "SENSITIVE/COPPER");
        assertArrayEquals(AuditHashes.entryHash(a), AuditHashes.entryHash(a.withSeq(99, null)));
        assertEquals(32, AuditHashes.entryHash(a).length);
    }

    @Test
    void movingTextBetweenFieldsChangesTheHash() {
        // a naive concatenation would make these equal: the length prefixes keep them apart
        AuditEntry a = entry("officer1", "SOURCEx", "y", null);
        AuditEntry b = entry("officer1", "SOURCE", "xy", null);
        AuditEntry c = entry("officer1", "SOURCE", "xy", "");
        assertFalse(java.util.Arrays.equals(AuditHashes.entryHash(a), AuditHashes.entryHash(b)));
        assertFalse(java.util.Arrays.equals(AuditHashes.entryHash(b), AuditHashes.entryHash(c)), "null differs from empty");
    }

    @Test
    void everyFieldAndTheMicrosecondAreCovered() {
        Random random = new Random(42);
        Set<String> seen = new HashSet<>();
        AuditEntry base = entry("officer1", "SOURCE", "x", "L");
        seen.add(AuditHashes.hex(AuditHashes.entryHash(base)));
        for (int field = 0; field < 12; field++) {
            String v = "v" + random.nextInt(1000);
            AuditEntry e = new AuditEntry(1, field == 0 ? T.plusNanos(1000) : T,
                    field == 1 ? v : base.actor(), field == 2 ? v : base.actorRoles(), field == 3 ? v : base.action(),
                    field == 4 ? v : base.objectType(), field == 5 ? v : base.objectId(), field == 6 ? v : base.label(),
                    field == 7 ? v : base.purpose(), field == 8 ? v : base.outcome(),
                    field == 9 ? v : base.clientAddress(), field == 10 ? v : base.correlationId(), null);
            if (field == 11) {
                e = new AuditEntry(1, T.plusNanos(999), base.actor(), base.actorRoles(), base.action(), base.objectType(),
                        base.objectId(), base.label(), base.purpose(), base.outcome(), base.clientAddress(),
                        base.correlationId(), null);
                assertArrayEquals(AuditHashes.entryHash(base), AuditHashes.entryHash(e), "below a microsecond is not stored");
                continue;
            }
            assertTrue(seen.add(AuditHashes.hex(AuditHashes.entryHash(e))), "field " + field + " is hashed");
        }
    }

    @Test
    void chainHashBindsThePreviousHashTheEntryAndTheSeq() {
        byte[] e = AuditHashes.sha256(new byte[] {1});
        byte[] h = AuditHashes.chainHash(AuditHashes.GENESIS, e, 1);
        assertNotEquals(AuditHashes.hex(h), AuditHashes.hex(AuditHashes.chainHash(AuditHashes.GENESIS, e, 2)));
        assertNotEquals(AuditHashes.hex(h), AuditHashes.hex(AuditHashes.chainHash(h, e, 1)));
        byte[] manual = AuditHashes.sha256(java.nio.ByteBuffer.allocate(72).put(AuditHashes.GENESIS).put(e).putLong(1).array());
        assertArrayEquals(manual, h);
    }

    @Test
    void microsRoundTrip() {
        for (Instant t : new Instant[] {T, Instant.EPOCH, Instant.parse("1969-12-31T23:59:59.999999Z")}) {
            assertEquals(t, AuditHashes.fromMicros(AuditHashes.micros(t)));
        }
    }

    @Test
    void checkpointSignatureVerifiesOnlyForItsOwnPayloadAndKey() {
        var key = Trails.newKey();
        byte[] payload = AuditHashes.checkpointPayload(10, 9, new byte[32], T, AuditKeys.keyId(key.getPublic()));
        byte[] sig = AuditKeys.sign(key.getPrivate(), payload);
        assertTrue(AuditKeys.verify(key.getPublic(), payload, sig));
        assertFalse(AuditKeys.verify(key.getPublic(), AuditHashes.checkpointPayload(10, 10, new byte[32], T,
                AuditKeys.keyId(key.getPublic())), sig));
        assertFalse(AuditKeys.verify(Trails.newKey().getPublic(), payload, sig));
        assertFalse(AuditKeys.verify(key.getPublic(), payload, new byte[3]));
    }

    @Test
    void publicKeysRoundTripThroughPem() {
        var key = Trails.newKey();
        String pem = AuditKeys.publicPem(key.getPublic());
        assertTrue(pem.startsWith("-----BEGIN PUBLIC KEY-----\n"));
        assertEquals(AuditKeys.keyId(key.getPublic()), AuditKeys.keyId(AuditKeys.readPublicPem(pem)));
        assertArrayEquals(key.getPrivate().getEncoded(),
                AuditKeys.readPrivatePem(AuditKeys.privatePem(key.getPrivate())).getEncoded());
    }
}
