package org.hum.web.platform;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures are the database not answering (503), and which are not (they stay 500 and are logged). */
class DatabaseDownTest {

    @Test
    void aLostOrRefusedConnectionAnywhereInTheChainIsTheDatabaseDown() {
        assertTrue(ErrorMappers.databaseDown(new RuntimeException("persistence",
                new SQLNonTransientConnectionException("socket closed"))));
        assertTrue(ErrorMappers.databaseDown(new IllegalStateException("tx",
                new SQLException("Communications link failure", "08S01"))));
        assertTrue(ErrorMappers.databaseDown(new RuntimeException(
                "Error in allocating a connection. Cause: Connection could not be allocated")));
        SQLException chained = new SQLException("batch failed", "HY000");
        chained.setNextException(new SQLException("connection reset", "08006"));
        assertTrue(ErrorMappers.databaseDown(new RuntimeException(chained)));
        assertTrue(ErrorMappers.databaseDown(new RuntimeException("commit", new jakarta.transaction.SystemException())),
                "a commit that failed in the transaction manager");
        assertTrue(ErrorMappers.databaseDown(new RuntimeException("query", thrownAt(new IllegalStateException(),
                "com.sun.enterprise.resource.pool.ConnectionPool", "doFailAllConnectionsProcessing"))),
                "the pool failing its connections as the database goes away");
    }

    @Test
    void anIllegalStateElsewhereIsNot() {
        assertFalse(ErrorMappers.databaseDown(new RuntimeException(thrownAt(new IllegalStateException(),
                "org.hum.source.control.SourceStore", "registerPage"))));
    }

    private static <T extends Throwable> T thrownAt(T t, String className, String method) {
        t.setStackTrace(new StackTraceElement[] {new StackTraceElement("java.util.Timer", "sched", "Timer.java", 1),
                new StackTraceElement(className, method, null, 2)});
        return t;
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertFalse(ErrorMappers.databaseDown(new RuntimeException("x", new SQLException("Deadlock found", "40001"))));
        assertFalse(ErrorMappers.databaseDown(new SQLException("Duplicate entry", "23000")));
        assertFalse(ErrorMappers.databaseDown(new NullPointerException()));
        RuntimeException loop = new RuntimeException("a");
        RuntimeException other = new RuntimeException("b", loop);
        loop.initCause(other);
        assertFalse(ErrorMappers.databaseDown(loop), "a cause chain that loops ends");
    }

    @Test
    void theApplicationSayingItCannotServeNowIsUnavailableAndNothingElseIs() {
        assertTrue(ErrorMappers.unavailable(new RuntimeException(new org.hum.api.error.HumException(
                org.hum.api.error.ErrorCode.UNAVAILABLE, "roles could not be read"))));
        assertFalse(ErrorMappers.unavailable(new org.hum.api.error.HumException(org.hum.api.error.ErrorCode.FORBIDDEN, "no")));
        assertFalse(ErrorMappers.unavailable(new IllegalStateException()));
    }
}
