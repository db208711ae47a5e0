package org.hum.api.prospect;

import jakarta.validation.constraints.NotNull;

/** {@code POST /api/prospects/{id}/closure}: end contact with a prospect without registering them. */
public record ProspectClosure(
        @NotNull(message = "is required: NOT_PURSUED, UNSUITABLE, UNCONTACTABLE or REFERRED_ELSEWHERE")
        ProspectClosureReason reason) {
}
