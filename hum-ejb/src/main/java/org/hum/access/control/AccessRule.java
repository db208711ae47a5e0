package org.hum.access.control;

/**
 * The dominance rule (docs/architecture.md, "Labels and clearances"; Bell-LaPadula): a viewer may see
 * an object only if their clearance is at least the object's level and their compartments
 * include every one of the object's. Seeing a true identity needs, in addition, an explicit
 * grant for that source.
 *
 * <p>The access-aware queries express the same rule in SQL; this is the re-check the
 * boundary makes on every object it loads, and the reference the tests compare against.
 */
public final class AccessRule {
    private AccessRule() {
    }

    public static boolean dominates(Viewer viewer, Label label) {
        return viewer.clearanceLevel() >= label.level()
                && viewer.compartments().containsAll(label.compartments());
    }

    public static boolean maySeeTrueIdentity(Viewer viewer, Label label, boolean holdsIdentityGrant) {
        return holdsIdentityGrant && dominates(viewer, label);
    }
}
