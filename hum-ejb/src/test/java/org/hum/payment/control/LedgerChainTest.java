package org.hum.payment.control;

import org.hum.payment.entity.LedgerEntry;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LedgerChainTest {

    private static LedgerEntry entry(String id, String kind, String amount, String reverses) {
        return new LedgerEntry(id, "src", "pay-" + id, kind, reverses, new BigDecimal(amount), "USD", "EXPENSES", "CASE-1",
                LocalDate.parse("2026-05-01"), Instant.parse("2026-05-01T10:00:00Z"), "u1", "w1", "w2", null, 1);
    }

    private static List<LedgerEntry> chain(LedgerEntry... entries) {
        String prev = LedgerChain.GENESIS;
        List<LedgerEntry> out = new ArrayList<>();
        for (LedgerEntry e : entries) {
            e.chained(prev, LedgerChain.hash(e, prev));
            prev = e.entryHash();
            out.add(e);
        }
        return out;
    }

    @Test
    void anIntactChainVerifiesAndTheFirstLinksToGenesis() {
        var entries = chain(entry("a", LedgerEntry.PAYMENT, "100.00", null), entry("b", LedgerEntry.REVERSAL, "-100.00", "a"));
        assertEquals(LedgerChain.GENESIS, entries.get(0).prevHash());
        assertEquals(entries.get(0).entryHash(), entries.get(1).prevHash());
        assertTrue(LedgerChain.intact(entries));
        assertTrue(LedgerChain.intact(List.of()));
    }

    @Test
    void anAlteredAmountOrARemovedEntryBreaksIt() {
        var entries = chain(entry("a", LedgerEntry.PAYMENT, "100.00", null), entry("b", LedgerEntry.PAYMENT, "50.00", null),
                entry("c", LedgerEntry.PAYMENT, "25.00", null));
        assertFalse(LedgerChain.intact(List.of(entries.get(0), entries.get(2))), "an entry removed");
        LedgerEntry forged = entry("b", LedgerEntry.PAYMENT, "5.00", null);
        forged.chained(entries.get(1).prevHash(), entries.get(1).entryHash());
        assertFalse(LedgerChain.intact(List.of(entries.get(0), forged, entries.get(2))), "an amount altered");
    }

    @Test
    void theAmountsScaleDoesNotChangeTheHash() {
        assertEquals(LedgerChain.hash(entry("a", LedgerEntry.PAYMENT, "100", null), LedgerChain.GENESIS),
                LedgerChain.hash(entry("a", LedgerEntry.PAYMENT, "100.00", null), LedgerChain.GENESIS));
        assertNotEquals(LedgerChain.hash(entry("a", LedgerEntry.PAYMENT, "100.00", null), LedgerChain.GENESIS),
                LedgerChain.hash(entry("a", LedgerEntry.PAYMENT, "100.01", null), LedgerChain.GENESIS));
    }
}
