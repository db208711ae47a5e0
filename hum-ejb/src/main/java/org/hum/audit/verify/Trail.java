package org.hum.audit.verify;

import java.sql.SQLException;
import java.util.List;

/**
 * An audit trail as the verifier walks it: its checkpoints and bounds at once, its entries and
 * chain links a range of sequence numbers at a time, so that a trail read from the database is
 * never held whole in memory (docs/operations.md, "The audit verifier"). An exported slice is
 * one range already in memory ({@link TrailCheck#verify(AuditSlice, java.security.PublicKey)}).
 */
interface Trail {

    /** The whole trail (every chained entry must be present), not a filtered slice. */
    boolean complete();

    /** Every checkpoint, in no particular order (a few hundred: one every few thousand entries). */
    List<Checkpoint> checkpoints();

    /** The lowest sequence number with a chain link, or -1 when there is none. */
    long firstLink();

    /** The highest sequence number with a chain link, or -1 when there is none. */
    long lastLink();

    /** The highest sequence number of an entry, or 0 when there is none. */
    long maxEntry();

    /** The entries and links with sequence numbers from {@code from} to {@code to}, both included. */
    Range range(long from, long to) throws SQLException;

    /** The chain link at this sequence number, or null (a witnessed checkpoint's). */
    ChainLink link(long seq) throws SQLException;

    /** A range's entries and links by sequence number. */
    interface Range {
        AuditEntry entry(long seq);

        ChainLink link(long seq);
    }
}
