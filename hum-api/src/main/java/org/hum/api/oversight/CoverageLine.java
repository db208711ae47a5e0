package org.hum.api.oversight;

import org.hum.api.tasking.Priority;

import java.util.List;

/**
 * How well the sources cover one open intelligence requirement (docs/domain.md, "Oversight"),
 * counting only the files the reader may see.
 *
 * @param sourcesTasked the files with an open tasking against it
 * @param answered30    items answering it (through a tasking) from contacts in the last 30 days
 * @param answered90    the same over 90 days
 * @param answered365   the same over 365 days
 * @param grades        the credibility grades of the items of the last 365 days, with their counts
 * @param uncovered     a CRITICAL or HIGH requirement with no source tasked or no answer in 90 days
 */
public record CoverageLine(String requirementId, String reference, String title, Priority priority, String compartment,
                           List<String> ports, long sourcesTasked, long answered30, long answered90, long answered365,
                           List<ProgrammeFigures.Count> grades, boolean uncovered) {
}
