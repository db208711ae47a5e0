package org.hum.partner.stix;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StixIdsTest {
    private static final UUID NAMESPACE_DNS = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

    @Test
    void uuid5MatchesTheRfc4122ReferenceValue() {
        // the value every RFC 4122 implementation gives (Python's uuid.uuid5(NAMESPACE_DNS, "python.org"))
        assertEquals(UUID.fromString("886313e1-3b8a-5372-9b90-0c9aee199e5d"), StixIds.uuid5(NAMESPACE_DNS, "python.org"));
    }

    @Test
    void uuid5IsVersion5AndTheRfcVariant() {
        UUID u = StixIds.uuid5(StixIds.HUM_NAMESPACE, "anything");
        assertEquals(5, u.version());
        assertEquals(2, u.variant());
    }

    @Test
    void namesInOurNamespaceGiveTheValuesComputedIndependently() {
        // computed with Python's uuid.uuid5 over HUM_NAMESPACE: pins the namespace and the UTF-8 encoding
        assertEquals("report--2a024c9a-ce40-5152-be23-be986688e942", StixIds.report("3f2a"));
        assertEquals("location--aedd776a-2a20-5047-8517-6332a895669c", StixIds.of("location", "ünïcode"));
    }

    @Test
    void theSameNameAlwaysGivesTheSameIdAndOtherNamesOthers() {
        assertEquals(StixIds.report("r-1"), StixIds.report("r-1"));
        assertNotEquals(StixIds.report("r-1"), StixIds.report("r-2"));
        assertNotEquals(StixIds.of("location", "port:A"), StixIds.of("location", "area:A"));
    }

    @Test
    void randomIdsAreVersion4WithTheType() {
        String id = StixIds.random("bundle");
        assertTrue(id.startsWith("bundle--"), id);
        assertEquals(4, UUID.fromString(id.substring("bundle--".length())).version());
        assertNotEquals(id, StixIds.random("bundle"));
    }

    @Test
    void aBadTypeNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> StixIds.of("Report", "x"));
        assertThrows(IllegalArgumentException.class, () -> StixIds.of("ab", "x"));
        assertThrows(IllegalArgumentException.class, () -> StixIds.of("a--b", "x"));
        assertThrows(NullPointerException.class, () -> StixIds.report(null));
    }
}
