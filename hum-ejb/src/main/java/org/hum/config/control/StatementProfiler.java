package org.hum.config.control;

import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.sessions.SessionProfiler;
import org.eclipse.persistence.sessions.SessionProfilerAdapter;

/**
 * Counts the SQL statements the JPA provider sends on the current thread (docs/performance.md,
 * "Statements per request"): EclipseLink calls its profiler once as it prepares each statement it
 * sends, JPQL and native alike ({@code SqlPrepare}). Its other statement timer
 * ({@code StatementExecute}) is also started when the statement is closed, so counting that one
 * counted every statement twice. The count is one integer per thread; nothing of a statement or
 * its parameters is kept. Installed by the persistence unit ({@code eclipselink.profiler}); only
 * the test stand shows the counts ({@link StatementCounts}).
 */
public class StatementProfiler extends SessionProfilerAdapter {
    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public void startOperationProfile(String operationName, DatabaseQuery query, int weight) {
        if (SessionProfiler.SqlPrepare.equals(operationName)) {
            COUNT.get()[0]++;
        }
    }

    @Override
    public int getProfileWeight() {
        return SessionProfiler.ALL;
    }

    /**
     * Counts one statement sent past the JPA provider on this thread (the key store's own JDBC
     * reads), so that the count covers every round trip a request makes to the database.
     */
    public static void countedOutside() {
        COUNT.get()[0]++;
    }

    /** Starts counting afresh on this thread. */
    public static void reset() {
        COUNT.get()[0] = 0;
    }

    /** The statements sent on this thread since {@link #reset()}. */
    public static int count() {
        return COUNT.get()[0];
    }
}
