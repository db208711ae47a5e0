package org.hum.api.oversight;

import java.time.Instant;
import java.util.List;

/**
 * The whole register as one reader may see it, for an export (CSV or the PDF inspection pack).
 *
 * @param marking     the marking every page carries: the highest level among the rows and every
 *                    compartment they hold, as {@code LEVEL//COMPARTMENT/COMPARTMENT}
 * @param generatedAt when the export was made, by the rule clock
 * @param generatedBy who made it
 * @param filters     the filters and sort asked for, as people read them
 */
public record RegisterExport(String marking, Instant generatedAt, String generatedBy, String filters,
                             List<RegisterRow> rows) {
}
