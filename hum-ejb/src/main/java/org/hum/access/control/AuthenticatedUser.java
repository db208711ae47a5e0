package org.hum.access.control;

import java.util.Set;

/** The outcome of a successful login or token check: who, and their roles now. */
public record AuthenticatedUser(String userId, String username, Set<String> roles) {
    public AuthenticatedUser {
        roles = Set.copyOf(roles);
    }
}
