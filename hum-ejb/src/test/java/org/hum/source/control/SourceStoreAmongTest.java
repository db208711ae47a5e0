package org.hum.source.control;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceStoreAmongTest {

    @Test
    void aListWithinAListKeepsWhatBothHold() {
        SourceStore.Among both = SourceStore.Among.only(List.of("a", "b", "c")).and(SourceStore.Among.only(List.of("b", "c", "d")));
        assertTrue(both.only());
        assertEquals(Set.of("b", "c"), Set.copyOf(both.ids()));
    }

    @Test
    void aListLessTheFilesLeftOutEitherWayRound() {
        SourceStore.Among caseload = SourceStore.Among.only(List.of("a", "b", "c"));
        SourceStore.Among active = SourceStore.Among.allBut(List.of("b", "z"));
        assertEquals(Set.of("a", "c"), Set.copyOf(caseload.and(active).ids()));
        assertTrue(caseload.and(active).only());
        assertEquals(Set.of("a", "c"), Set.copyOf(active.and(caseload).ids()));
        assertTrue(active.and(caseload).only());
    }

    @Test
    void twoListsLeftOutLeaveOutBoth() {
        SourceStore.Among both = SourceStore.Among.allBut(List.of("a", "b")).and(SourceStore.Among.allBut(List.of("b", "c")));
        assertFalse(both.only());
        assertEquals(Set.of("a", "b", "c"), Set.copyOf(both.ids()));
        SourceStore.Among all = SourceStore.Among.ALL.and(SourceStore.Among.allBut(List.of("x")));
        assertEquals(Set.of("x"), Set.copyOf(all.ids()));
        assertFalse(all.only());
    }

    @Test
    void anEmptyListWithinAnyListIsEmpty() {
        SourceStore.Among none = SourceStore.Among.only(List.of()).and(SourceStore.Among.ALL);
        assertTrue(none.only());
        assertTrue(none.ids().isEmpty());
    }
}
