package org.hum.access.control;

import java.util.Set;

/**
 * Who is asking, as access control needs them: read afresh from the users table for every
 * request, so that a change of clearance, compartments or roles applies at once.
 */
public record Viewer(String userId, String username, int clearanceLevel, Set<String> compartments,
                     Set<String> roles) {
    public Viewer {
        compartments = Set.copyOf(compartments);
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
