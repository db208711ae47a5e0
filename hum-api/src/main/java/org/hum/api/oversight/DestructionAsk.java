package org.hum.api.oversight;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A request to destroy a source file by crypto-shredding (docs/domain.md, "Retention and
 * destruction (step 9)"). The reason is an administrative statement, such as "retention period
 * ended, no re-validation", never the source's particulars; it is kept in the destruction record.
 */
public record DestructionAsk(
        @NotBlank(message = "is required: the id of the source file to destroy")
        @Size(max = 64, message = "must be at most 64 characters") String sourceId,
        @NotBlank(message = "is required: say why the file is destroyed (for example, the retention period ended)")
        @Size(min = 10, max = 500, message = "must be 10 to 500 characters") String reason) {
}
