package org.hum.config.control;

import org.eclipse.persistence.sessions.SessionProfiler;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One statement is one count (docs/performance.md, "Statements per request"): EclipseLink starts
 * its {@code StatementExecute} timer both when it executes a statement and when it closes it, and
 * its {@code SqlPrepare} timer once, as it prepares the statement.
 */
class StatementProfilerTest {
    @Test
    void aStatementPreparedExecutedAndClosedCountsOnce() {
        StatementProfiler profiler = new StatementProfiler();
        StatementProfiler.reset();
        for (int i = 0; i < 3; i++) {
            // the order DatabaseAccessor calls its profiler in for one statement
            profiler.startOperationProfile(SessionProfiler.SqlPrepare, null, SessionProfiler.ALL);
            profiler.endOperationProfile(SessionProfiler.SqlPrepare, null, SessionProfiler.ALL);
            profiler.startOperationProfile(SessionProfiler.StatementExecute, null, SessionProfiler.ALL);
            profiler.endOperationProfile(SessionProfiler.StatementExecute, null, SessionProfiler.ALL);
            profiler.startOperationProfile(SessionProfiler.RowFetch, null, SessionProfiler.ALL);
            profiler.endOperationProfile(SessionProfiler.RowFetch, null, SessionProfiler.ALL);
            profiler.startOperationProfile(SessionProfiler.StatementExecute, null, SessionProfiler.ALL);
            profiler.endOperationProfile(SessionProfiler.StatementExecute, null, SessionProfiler.ALL);
        }
        StatementProfiler.countedOutside();
        assertEquals(4, StatementProfiler.count(), "three statements through the provider and one key read");
        StatementProfiler.reset();
        assertEquals(0, StatementProfiler.count());
    }
}
