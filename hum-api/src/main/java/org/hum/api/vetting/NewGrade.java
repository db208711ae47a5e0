package org.hum.api.vetting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Grading a source's reliability: {@code POST /api/sources/{id}/grades}. The grade is a
 * code of the deployment's scheme (A-F, or 1-3 in the UK profile); a reason is required.
 */
public record NewGrade(
        @NotBlank(message = "is required: a source reliability code of the deployment's grading scheme")
        @Size(max = 2, message = "must be one code, such as B or 2")
        String grade,

        @NotBlank(message = "is required: why the grade is given or changed (corroborated or contradicted reports)")
        @Size(max = 2000, message = "must be at most 2000 characters")
        String reason) {

    @Override
    public String toString() {
        return "NewGrade[grade=" + grade + ", reason=***]";
    }
}
