package org.hum.api.dashboard;

/** The web tier's links for typed targets: given by the caller of the dashboards. */
@FunctionalInterface
public interface PageLinks {
    /** No links at all (a caller that shows none). */
    PageLinks NONE = target -> null;

    /** The link for the target, relative to the application root; null for none. */
    String href(FileLink target);
}
