package org.hum.access.control;

import java.util.Set;

/**
 * The security label of a source file or anything derived from it: a classification level
 * (rank in the configured ordered list) and a set of compartments.
 */
public record Label(int level, Set<String> compartments) {
    public Label {
        compartments = Set.copyOf(compartments);
    }

    public static Label of(int level, String compartment) {
        return new Label(level, Set.of(compartment));
    }
}
