package org.hum.api.authorisation;

import java.time.Instant;
import java.util.List;

/**
 * Everything about the authorisations of one source: {@code GET /api/sources/{id}/authorisations}.
 *
 * @param currentUntil             the end of the authorisation in force; null when none is
 * @param instructionsCurrentUntil the instructions hold until then; null when none are in force
 */
public record SourceAuthorisations(String sourceId, String codeName, Instant currentUntil,
                                   Instant instructionsCurrentUntil, List<AuthorisationView> authorisations,
                                   List<OiaView> oia, List<InstructionsView> instructions) {
}
