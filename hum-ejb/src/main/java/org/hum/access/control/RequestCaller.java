package org.hum.access.control;

/**
 * The caller as the bearer token's check read them, kept for the rest of the same request so that
 * {@link Viewers} need not read the user, their roles and compartments again (three statements on
 * every call; docs/performance.md, "Statements per request"). It lives one request: a change of
 * roles, clearance or compartments, or a revoked token, applies on the caller's next request, as
 * before, and on every server instance, since nothing outlives the request.
 * Request-scoped: one instance per request, made by {@code org.hum.platform.control.ScopedState}
 * (a producer, not a managed bean; docs/performance.md, "Where a contact report's time goes").
 */
public class RequestCaller {
    private Viewer viewer;

    /** The viewer kept in this request for {@code username}, or null. */
    public Viewer viewer(String username) {
        return viewer != null && viewer.username().equals(username) ? viewer : null;
    }

    public void keep(Viewer checked) {
        this.viewer = checked;
    }
}
