package org.hum.rules.control;

import org.hum.api.source.SourceStatus;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A source's status and its history, as the deactivation feature records them. The policy
 * and the tenure rules (continuous use across short deactivations) read it.
 */
public interface SourceStanding {

    Standing of(String sourceId);

    /** The current status of each file, by id (ACTIVE for a file with no change recorded). */
    Map<String, SourceStatus> statuses(Collection<String> sourceIds);

    /**
     * Reads what {@link #of} and {@link #history} need for these files in one statement each,
     * for the rest of the transaction (a page of the register, a caseload), so that asking
     * file by file then sends none. By default nothing.
     */
    default void prefetch(Collection<String> sourceIds) {
    }

    /**
     * The files whose current status is {@code status}, one other than ACTIVE (a file with no
     * change recorded is active), found in SQL: at most {@code limit} + 1 ids, so that a caller
     * can tell a short list from a long one.
     */
    List<String> resting(SourceStatus status, int limit);

    /**
     * The files {@link #resting} lists, however many they are: a condition on the status kept on the
     * file's row ({@link FileQuery#onRow}), for a statement over the files to test.
     */
    FileQuery restingFiles(SourceStatus status);

    /**
     * The files whose current status is any but ACTIVE, as {@link #restingFiles}: every other file is
     * active, so these are what the active files leave out.
     */
    FileQuery inactiveFiles();

    /** Every change of status, oldest first, starting with registration (ACTIVE). */
    List<StatusChange> history(String sourceId);

    /**
     * @param status                 current status
     * @param since                  when it took this status
     * @param seniorContactApproved  for a source closed for cause: a senior approval of contact is in force
     */
    record Standing(SourceStatus status, Instant since, boolean seniorContactApproved) {
    }

    record StatusChange(SourceStatus status, Instant at) {
    }
}
