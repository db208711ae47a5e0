package org.hum.api.admin;

import java.time.Instant;

/** A true-identity grant: who holds it, for which source id, in what role. No source content. */
public record GrantView(String sourceId, String username, String role, Instant grantedAt, String grantedBy) {
}
