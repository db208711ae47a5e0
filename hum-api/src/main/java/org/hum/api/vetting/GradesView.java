package org.hum.api.vetting;

import java.util.List;

/** {@code GET /api/sources/{id}/grades}: the current reliability grade (null: none yet) and every change, newest first. */
public record GradesView(String sourceId, String scheme, GradeView current, List<GradeView> history) {
}
