package org.hum.rules.control;

import jakarta.transaction.TransactionScoped;

import java.io.Serializable;
import java.util.Optional;

/**
 * The stored rule profile's text as one transaction read it ({@link Rules}): read once per
 * transaction, so that a change another server instance committed applies from the next
 * transaction on, at one short statement per transaction. Forgotten when a change is made in it.
 */
@TransactionScoped
public class RuleProfileReads implements Serializable {
    private static final long serialVersionUID = 1L;

    private transient Optional<Rules.Stored> kept;

    /** What this transaction read (empty: no stored profile), or null when it has not read it yet. */
    public Optional<Rules.Stored> kept() {
        return kept;
    }

    public void keep(Rules.Stored read) {
        kept = Optional.ofNullable(read);
    }

    public void forget() {
        kept = null;
    }
}
