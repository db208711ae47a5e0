package org.hum.audit.control;

import java.util.Optional;

/**
 * What the audit trail asks of the source files: the label of a file by its id, as audit text
 * ({@link AuditTrail#label}), so that an entry about a file carries its label even where the
 * caller could not name it. Implemented by the source feature; the trail sits below it.
 */
public interface AuditLabels {

    /** The file's label as audit text; empty for an unknown id. Reads the label only, never content. */
    Optional<String> sourceLabel(String sourceId);
}
