package org.hum.api.admin;

import java.time.Instant;
import java.util.List;

/**
 * A user as an administrator sees them: never a password or its hash. Lists are sorted.
 * {@code secondFactor}: whether they have enrolled a second factor (docs/operations.md, "Second factor").
 */
public record UserView(String id, String username, String displayName, String unit, String clearance,
                       List<String> roles, List<String> compartments, boolean enabled, Instant createdAt,
                       boolean secondFactor) {
}
