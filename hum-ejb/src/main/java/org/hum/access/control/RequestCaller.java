package org.hum.access.control;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;

/**
 * The caller as the bearer token's check read them, kept for the rest of the same request so that
 * {@link Viewers} need not read the user, their roles and compartments again (three statements on
 * every call; docs/performance.md, "Statements per request"). It lives one request: a change of
 * roles, clearance or compartments, or a revoked token, applies on the caller's next request, as
 * before, and on every server instance, since nothing outlives the request.
 */
@RequestScoped
public class RequestCaller {
    private Viewer viewer;

    /** The viewer kept in this request for {@code username}, or null. */
    Viewer viewer(String username) {
        return viewer != null && viewer.username().equals(username) ? viewer : null;
    }

    void keep(Viewer checked) {
        this.viewer = checked;
    }

    /** The request's holder, or null outside a request (a timer, start-up). */
    static RequestCaller of(Instance<RequestCaller> instance) {
        try {
            if (instance.isResolvable()) {
                RequestCaller c = instance.get();
                c.viewer(""); // touches the proxy: throws when no request is active
                return c;
            }
        } catch (ContextNotActiveException e) {
            // no request to keep anything for
        }
        return null;
    }

    /** Keeps {@code checked} for the rest of the request, where there is one. */
    public static void keep(Instance<RequestCaller> instance, Viewer checked) {
        RequestCaller c = of(instance);
        if (c != null) {
            c.keep(checked);
        }
    }
}
