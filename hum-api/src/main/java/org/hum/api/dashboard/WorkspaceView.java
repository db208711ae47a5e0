package org.hum.api.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * The compliance workspace (docs/domain.md, "Oversight"): the lines a reviewer works through, by
 * group, overdue first; {@code unseen} counts those no reviewer has marked yet.
 */
public record WorkspaceView(LocalDate today, List<WorkspaceLineView> lines, int unseen) {
}
