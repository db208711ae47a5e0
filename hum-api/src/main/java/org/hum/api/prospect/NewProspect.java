package org.hum.api.prospect;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Recording a prospect: {@code POST /api/prospects}. A person a case officer is in contact
 * with who is not registered yet (docs/domain.md, "Lifecycle" 1). The working name is stored only
 * encrypted; compartment and classification label the prospect like a source file.
 */
public record NewProspect(
        @NotBlank(message = "is required: how you refer to this person for now")
        @Size(max = 200, message = "must be at most 200 characters")
        String workingName,

        @NotBlank(message = "is required: one of your compartments")
        @Size(max = 32, message = "must be at most 32 characters")
        String compartment,

        @Size(max = 32, message = "must be at most 32 characters")
        String classification) {

    @Override
    public String toString() {
        return "NewProspect[compartment=" + compartment + "]";
    }
}
