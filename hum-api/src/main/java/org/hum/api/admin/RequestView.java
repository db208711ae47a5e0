package org.hum.api.admin;

import java.time.Instant;
import java.util.List;

/**
 * A two-person request (docs/domain.md, "Two-person control"): what is asked, for whom, by whom,
 * and how it was decided. {@code kind} is ACCOUNT_CREATION, ACCOUNT_ELEVATION, IDENTITY_GRANT or
 * ASSIGNMENT; {@code status} PENDING, APPROVED or REFUSED. For an account, {@code clearance},
 * {@code roles} and {@code compartments} are what the account will have once approved (null when
 * left as they are); for a grant or an assignment, {@code sourceId} and {@code role}. Never a
 * password, never a source's content.
 */
public record RequestView(String id, String kind, String status, String username, String sourceId, String role,
                          String clearance, List<String> roles, List<String> compartments, String requestedBy,
                          Instant requestedAt, String decidedBy, Instant decidedAt, String reason) {
}
