package org.hum.api.auth;

import java.util.Set;

/** Who a login, a bearer token or a UI session stands for, with their roles as they are now. */
public record Caller(String userId, String username, Set<String> roles) {
    public Caller {
        roles = Set.copyOf(roles);
    }

    @Override
    public String toString() {
        return "Caller[" + userId + "]";
    }
}
