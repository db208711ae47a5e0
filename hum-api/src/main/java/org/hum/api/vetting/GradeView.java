package org.hum.api.vetting;

import java.time.Instant;

/** One grading of a source: the new grade, the one it replaced (null for the first), who, when and why. */
public record GradeView(String scheme, String grade, String meaning, String previousGrade, String reason,
                        String gradedBy, Instant gradedAt) {
    @Override
    public String toString() {
        return "GradeView[scheme=" + scheme + ", grade=" + grade + ", previousGrade=" + previousGrade
                + ", gradedBy=" + gradedBy + ", gradedAt=" + gradedAt + "]";
    }
}
