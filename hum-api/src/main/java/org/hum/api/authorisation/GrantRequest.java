package org.hum.api.authorisation;

import jakarta.validation.constraints.NotNull;

/**
 * Granting an authorisation: {@code POST /api/authorisations/{id}/grant}. The authorising
 * officer confirms that the risks were explained to the source and that it understood them
 * (docs/domain.md, "The source file"). The term's end is computed, never given.
 */
public record GrantRequest(
        @NotNull(message = "is required: confirm (true) that the risks were explained to the source and understood")
        Boolean risksExplainedAndUnderstood) {
}
