package org.hum.access.control;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccessRuleTest {
    private static Viewer viewer(int level, String... compartments) {
        return new Viewer("u", "user", level, Set.of(compartments), Set.of("CASE_OFFICER"));
    }

    @Test
    void viewerAtTheSameLevelInTheCompartmentSeesTheFile() {
        assertTrue(AccessRule.dominates(viewer(1, "COPPER"), Label.of(1, "COPPER")));
    }

    @Test
    void higherClearanceSeesLowerLabels() {
        assertTrue(AccessRule.dominates(viewer(2, "COPPER"), Label.of(0, "COPPER")));
    }

    @Test
    void lowerClearanceIsRefusedEvenInTheCompartment() {
        assertFalse(AccessRule.dominates(viewer(0, "COPPER"), Label.of(1, "COPPER")));
    }

    @Test
    void viewerOutsideTheCompartmentIsRefusedWhateverTheirLevel() {
        assertFalse(AccessRule.dominates(viewer(9, "MESA"), Label.of(0, "COPPER")));
    }

    @Test
    void everyCompartmentOfTheLabelIsNeeded() {
        Label both = new Label(0, Set.of("COPPER", "MESA"));
        assertFalse(AccessRule.dominates(viewer(2, "COPPER"), both));
        assertTrue(AccessRule.dominates(viewer(2, "COPPER", "MESA", "DUNE"), both));
    }

    @Test
    void viewerWithoutCompartmentsSeesNoCompartmentedFile() {
        assertFalse(AccessRule.dominates(viewer(9), Label.of(0, "COPPER")));
    }

    @Test
    void trueIdentityNeedsTheGrantAndTheDominance() {
        Label label = Label.of(1, "COPPER");
        assertTrue(AccessRule.maySeeTrueIdentity(viewer(1, "COPPER"), label, true));
        assertFalse(AccessRule.maySeeTrueIdentity(viewer(1, "COPPER"), label, false), "no grant");
        assertFalse(AccessRule.maySeeTrueIdentity(viewer(1, "MESA"), label, true), "a grant does not beat the compartment");
        assertFalse(AccessRule.maySeeTrueIdentity(viewer(0, "COPPER"), label, true), "a grant does not beat the level");
    }
}
