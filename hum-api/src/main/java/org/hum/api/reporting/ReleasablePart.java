package org.hum.api.reporting;

import java.util.List;

/**
 * Below the tearline: what may leave.
 *
 * @param ports             the codes of the ports of entry it concerns (the administrators' list, {@code GET /api/ports-of-entry})
 * @param portNames         those ports' names as the list has them now, in the same order
 * @param concerning        the day it concerns, written to the profile's precision ({@code 2026-W45}
 *                          for WEEK, {@code 2026-11} for MONTH, {@code 2026-11-03} for DAY); null if none
 * @param sourceDescription the approved description's text; null while none is chosen
 * @param reliability       the sources' reliability grade carried over, in the profile's scheme
 * @param credibility       the items' credibility grades carried over (lowest first), in the profile's scheme
 * @param scheme            the grading scheme of those grades
 */
public record ReleasablePart(String text, String subject, String area, List<String> ports, List<String> portNames, String concerning,
                             String sourceDescription, String reliability, List<String> credibility, String scheme) {
}
