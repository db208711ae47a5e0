package org.hum.source.control;

import org.hum.rules.control.FileQuery;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

    @Test
    void aConditionFoundByAQueryStaysBesideTheListsAsTheyNarrowEachOther() {
        FileQuery overdue = new FileQuery("select c.source_id from source_contact c where c.next_contact_at < ?", List.of(1));
        SourceStore.Among among = SourceStore.Among.only(List.of("a", "b"))
                .and(SourceStore.Also.only(overdue, List.of("z")))
                .and(SourceStore.Among.allBut(List.of("b")));
        assertTrue(among.only());
        assertEquals(Set.of("a"), Set.copyOf(among.ids()), "the lists narrow each other as before");
        assertEquals(overdue, among.also().query(), "the query's condition is kept, not folded into the lists");
        assertTrue(among.also().only());
        assertEquals(2, among.named(), "both parts' ids count against what a statement may name");
        assertEquals(null, among.plain().also());
        assertThrows(IllegalArgumentException.class, () -> among.and(SourceStore.Also.neither(overdue, List.of())),
                "two conditions found by queries are never combined silently");
    }

    @Test
    void queriesOfSeveralFeaturesAreOneUnionWithTheirParametersInOrder() {
        FileQuery one = new FileQuery("select a.source_id from a where a.x < ?", List.of(1));
        FileQuery two = new FileQuery("select b.source_id from b where b.y < ? and b.z = ?", List.of(2, 3));
        FileQuery both = FileQuery.union(List.of(one, two));
        assertEquals("select a.source_id from a where a.x < ? union select b.source_id from b where b.y < ? and b.z = ?", both.sql());
        assertEquals(List.of(1, 2, 3), both.parameters());
        assertEquals(one, FileQuery.union(List.of(one)));
    }
}
