package org.hum.login.control;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.hum.login.control.SecondFactorPolicy.Mode.OPTIONAL;
import static org.hum.login.control.SecondFactorPolicy.Mode.REQUIRED;
import static org.hum.login.control.SecondFactorPolicy.Next.CODE;
import static org.hum.login.control.SecondFactorPolicy.Next.ENROL;
import static org.hum.login.control.SecondFactorPolicy.Next.PASSWORD_SUFFICES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecondFactorPolicyTest {
    @Test
    void requiredTakesEveryoneWhoSeesSourceContentToEnrol() {
        for (String role : Set.of("CASE_OFFICER", "CONTROLLER", "AUTHORISING_OFFICER", "COMPLIANCE_REVIEWER", "REPORTS_OFFICER")) {
            assertEquals(ENROL, SecondFactorPolicy.after(REQUIRED, Set.of(role), false), role);
            assertEquals(ENROL, SecondFactorPolicy.after(REQUIRED, Set.of(role, "ADMIN"), false), role + " and ADMIN");
        }
    }

    @Test
    void requiredLeavesPartnersAndPlainAdministratorsToThePassword() {
        assertEquals(PASSWORD_SUFFICES, SecondFactorPolicy.after(REQUIRED, Set.of("PARTNER"), false));
        assertEquals(PASSWORD_SUFFICES, SecondFactorPolicy.after(REQUIRED, Set.of("ADMIN"), false));
    }

    @Test
    void optionalNeverForcesEnrolment() {
        assertEquals(PASSWORD_SUFFICES, SecondFactorPolicy.after(OPTIONAL, Set.of("CASE_OFFICER"), false));
    }

    @Test
    void onceEnrolledTheCodeIsAlwaysAsked() {
        assertEquals(CODE, SecondFactorPolicy.after(OPTIONAL, Set.of("CASE_OFFICER"), true));
        assertEquals(CODE, SecondFactorPolicy.after(REQUIRED, Set.of("CASE_OFFICER"), true));
        assertEquals(CODE, SecondFactorPolicy.after(OPTIONAL, Set.of("ADMIN"), true));
    }

    @Test
    void partnersMayNotEnrol() {
        assertFalse(SecondFactorPolicy.mayEnrol(Set.of("PARTNER")));
        assertTrue(SecondFactorPolicy.mayEnrol(Set.of("ADMIN")));
    }

    @Test
    void theSettingIsRequiredOrOptional() {
        assertEquals(REQUIRED, SecondFactorPolicy.Mode.of("required"));
        assertEquals(OPTIONAL, SecondFactorPolicy.Mode.of(" Optional "));
        assertThrows(IllegalStateException.class, () -> SecondFactorPolicy.Mode.of("off"));
        assertThrows(IllegalStateException.class, () -> SecondFactorPolicy.Mode.of(null));
    }
}
