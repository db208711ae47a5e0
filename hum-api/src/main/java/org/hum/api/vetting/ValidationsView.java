package org.hum.api.vetting;

import java.util.List;

/** {@code GET /api/sources/{id}/validations}: the computed standing and every validation, newest first. */
public record ValidationsView(ValidationStandingView standing, List<ValidationView> validations) {
}
