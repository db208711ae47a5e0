package org.hum.config.control;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parts a list of ids is cut into, for each kind of statement: every id once, in order, no part too long. */
class InListsTest {
    @Test
    void everyIdOnceInOrderAndNoListOfAThousand() {
        for (int n : new int[] {0, 1, 999, 1000, 2000, 2500}) {
            List<Integer> ids = IntStream.range(0, n).boxed().toList();
            check(ids, InLists.statementLists(ids), InLists.STATEMENT_LIST_SIZE);
            check(ids, InLists.nativeChunks(ids), InLists.NATIVE_SIZE);
            check(ids, InLists.chunks(ids), InLists.SIZE);
        }
        // MariaDB turns a list of 1,000 values or more into a subquery: one statement's lists stay below
        assertTrue(InLists.STATEMENT_LIST_SIZE < 1000);
        assertEquals(3, InLists.statementLists(IntStream.range(0, 2000).boxed().toList()).size());
    }

    private static void check(List<Integer> ids, List<List<Integer>> parts, int most) {
        List<Integer> joined = new ArrayList<>();
        for (List<Integer> part : parts) {
            assertTrue(!part.isEmpty() && part.size() <= most, "a part of " + part.size());
            joined.addAll(part);
        }
        assertEquals(ids, joined);
        assertEquals((ids.size() + most - 1) / most, parts.size());
    }
}
