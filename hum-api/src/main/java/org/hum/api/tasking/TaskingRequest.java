package org.hum.api.tasking;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hum.api.authorisation.AuthorisedActivity;

import java.time.LocalDate;
import java.util.Set;

/**
 * A tasking of a source: {@code POST /api/sources/{id}/taskings}. Saved as a DRAFT, or issued at
 * once when {@code issue} is true (then every rule of issuing applies). The limits and the risk
 * assessment are stored encrypted under the source file's key.
 */
public record TaskingRequest(
        @NotBlank(message = "is required: the id of the intelligence requirement the tasking answers")
        @Size(max = 64, message = "must be at most 64 characters")
        String requirementId,

        @NotNull(message = "is required: CRITICAL, HIGH, MEDIUM or LOW")
        Priority priority,

        @NotNull(message = "is required: the day the tasking falls due, as YYYY-MM-DD")
        LocalDate dueOn,

        @NotEmpty(message = "is required: what the source is tasked to do, such as [\"REPORT_OBSERVED\"]")
        Set<@NotNull(message = "must name activities, not null") AuthorisedActivity> activities,

        @NotBlank(message = "is required: the limits on what the source may do")
        @Size(max = 4000, message = "must be at most 4000 characters")
        String limits,

        @NotBlank(message = "is required: the risk assessment of this tasking")
        @Size(max = 4000, message = "must be at most 4000 characters")
        String riskAssessment,

        /** True: issue it now; false or left out: keep it as a draft. */
        Boolean issue,

        /** The code of the port of entry it is about, if any: one of the requirement's, where that names any. */
        @Size(max = 32, message = "must be a port of entry's code, such as LUKEVILLE")
        String port) {

    @Override
    public String toString() {
        return "TaskingRequest[requirementId=" + requirementId + ", priority=" + priority + ", dueOn=" + dueOn
                + ", activities=" + activities + ", issue=" + issue + ", port=" + port + ", ***]";
    }
}
