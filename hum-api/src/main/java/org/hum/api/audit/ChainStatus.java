package org.hum.api.audit;

/**
 * Where the hash chain stands: chained through {@code chainedThrough} (entries and recorded
 * gaps), holding {@code entries} entries, last signed at {@code lastCheckpointSeq};
 * {@code waitingFor} is a missing seq the chain waits for (a transaction still open, or a gap
 * soon to be recorded), or -1.
 */
public record ChainStatus(long chainedThrough, long entries, long lastCheckpointSeq, long waitingFor) {
}
