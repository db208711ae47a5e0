package org.hum.audit.verify;

import java.util.List;

/**
 * What the verifier checks: entries, the chain links over them and the checkpoints that sign
 * the chain. {@code complete} means the whole trail (from a database): every chained entry
 * must then be present. A filtered export is not complete: it carries only the chosen
 * entries, but every link from its anchor (the checkpoint before it, or the start of the
 * chain) to the checkpoint that covers it, so the chain can still be recomputed and signed.
 */
public record AuditSlice(List<AuditEntry> entries, List<ChainLink> links, List<Checkpoint> checkpoints,
                         boolean complete) {
    public AuditSlice {
        entries = List.copyOf(entries);
        links = List.copyOf(links);
        checkpoints = List.copyOf(checkpoints);
    }
}
