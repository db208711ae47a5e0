package org.hum.api.oversight;

import java.time.LocalDate;
import java.util.List;

/** Source coverage of the open requirements the reader may see: uncovered CRITICAL and HIGH first. */
public record CoverageView(LocalDate today, List<CoverageLine> lines) {
}
