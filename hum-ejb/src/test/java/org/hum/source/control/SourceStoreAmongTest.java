package org.hum.source.control;

import org.hum.rules.control.FileQuery;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
    void conditionsFoundByQueriesStayBesideTheListsAsTheyNarrowEachOther() {
        FileQuery overdue = new FileQuery("select c.source_id from source_contact c where c.next_contact_at < ?", List.of(1));
        FileQuery atRest = new FileQuery("select d.source_id as id from source_status_change d where d.status <> ?", List.of("ACTIVE"));
        SourceStore.Among among = SourceStore.Among.only(List.of("a", "b"))
                .and(SourceStore.Also.only(overdue, List.of("z")))
                .and(SourceStore.Among.allBut(List.of("b")))
                .and(SourceStore.Also.of(atRest, false));
        assertTrue(among.only());
        assertEquals(Set.of("a"), Set.copyOf(among.ids()), "the lists narrow each other as before");
        assertEquals(List.of(overdue, atRest), among.also().stream().map(SourceStore.Also::query).toList(),
                "each query's condition is kept, in order, not folded into the lists");
        assertEquals(List.of(true, false), among.also().stream().map(SourceStore.Also::only).toList());
        assertEquals(2, among.named(), "every part's ids count against what a statement may name");
        assertTrue(among.plain().also().isEmpty());
        assertEquals(Set.of("a"), Set.copyOf(among.plain().ids()));
    }

    @Test
    void aConditionReplacedLeavesTheOthersInPlace() {
        FileQuery one = new FileQuery("select a.source_id as id from a", List.of());
        FileQuery two = new FileQuery("select b.source_id as id from b", List.of());
        SourceStore.Also leftOut = SourceStore.Also.of(one, false);
        SourceStore.Also kept = SourceStore.Also.of(two, true);
        SourceStore.Among among = SourceStore.Among.ALL.and(leftOut).and(kept);
        assertEquals(List.of(kept), among.replacing(leftOut, Optional.empty()).also());
        assertEquals(List.of(kept, SourceStore.Also.of(one, true)), among.replacing(leftOut, Optional.of(leftOut.kept())).also(),
                "the count of the files a condition leaves out is the rest less those it keeps");
    }

    @Test
    void aConditionIsOneSubqueryOfOneDerivedTableWithItsParametersInOrder() {
        FileQuery overdue = new FileQuery("select c.source_id as id from source_contact c where c.next_contact_at < ?", List.of(7));
        List<Object> parameters = new ArrayList<>();
        assertEquals(" and s.id not in (select x.id from (select c.source_id as id from source_contact c where "
                        + "c.next_contact_at < ? union all select n.id from source n where n.id in (?,?)) x)",
                SourceStore.Also.neither(overdue, List.of("p", "q")).sql(parameters));
        assertEquals(List.of(7, "p", "q"), parameters);
        parameters.clear();
        assertEquals(" and s.id in (select x.id from (select c.source_id as id from source_contact c where c.next_contact_at < ?) x)",
                SourceStore.Also.of(overdue, true).sql(parameters));
        assertEquals(List.of(7), parameters);
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

    @Test
    void aConditionOnTheFilesOwnRowIsTestedThereEachWayNotJoined() {
        FileQuery atRest = FileQuery.onRow("s.status <> ?", List.of("ACTIVE"));
        assertEquals("select s.id as id from source s where s.status <> ?", atRest.sql(), "the same files, for a list");
        List<Object> parameters = new ArrayList<>();
        assertEquals(" and not (s.status <> ?)", SourceStore.Also.of(atRest, false).sql(parameters));
        assertEquals(" and (s.status <> ?)", SourceStore.Also.of(atRest, true).sql(parameters));
        assertEquals(List.of("ACTIVE", "ACTIVE"), parameters);
        parameters.clear();
        assertEquals(" and s.id in (select x.id from (select s.id as id from source s where s.status <> ? union all select n.id "
                + "from source n where n.id in (?)) x)", SourceStore.Also.only(atRest, List.of("p")).sql(parameters),
                "with ids beside it, a subquery as any other");
        assertEquals(List.of("ACTIVE", "p"), parameters);
        assertNull(FileQuery.union(List.of(atRest, FileQuery.onRow("s.status = ?", List.of("X")))).row(),
                "a union is no longer one row's condition");
    }
}
