package org.hum.admin.control;

import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.config.control.ClassificationLevels;
import org.hum.source.entity.IdentityGrant;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountRulesTest {
    private static final ClassificationLevels LEVELS = new ClassificationLevels(List.of("OFFICIAL", "SENSITIVE", "SECRET"));

    @Test
    void passwordOfTwelveCharactersIsAcceptedAndElevenIsRefused() {
        assertTrue(AccountRules.passwordProblems("dana", "abcdefghijkl").isEmpty());
        var problems = AccountRules.passwordProblems("dana", "abcdefghijk");
        assertEquals(1, problems.size());
        assertEquals("password", problems.get(0).field());
        assertTrue(problems.get(0).message().contains("12"));
    }

    @Test
    void passwordEqualToTheUsernameIsRefusedWhateverItsCase() {
        assertEquals("must not be the username",
                AccountRules.passwordProblems("case.officer.7", "CASE.OFFICER.7").get(0).message());
        assertEquals(1, AccountRules.passwordProblems("case.officer.7", " case.officer.7 ").size());
    }

    @Test
    void refusedPasswordIsNeverRepeatedInTheMessage() {
        String secret = "Tr0ub4dor&3";
        HumException e = assertThrows(HumException.class, () -> AccountRules.checkPassword("u1", secret));
        assertEquals(ErrorCode.INVALID_INPUT, e.code());
        assertFalse(e.getMessage().contains(secret));
        assertFalse(e.fieldErrors().toString().contains(secret));
    }

    @Test
    void missingOrOverlongPasswordIsRefused() {
        assertFalse(AccountRules.passwordProblems("u1", null).isEmpty());
        assertFalse(AccountRules.passwordProblems("u1", "x".repeat(257)).isEmpty());
        assertTrue(AccountRules.passwordProblems("u1", "x".repeat(256)).isEmpty());
    }

    @Test
    void roleNamesAreReadInAnyCaseAndAnUnknownOneListsTheKnownOnes() {
        assertEquals(Set.of("CASE_OFFICER", "ADMIN"), AccountRules.roles(List.of(" case_officer", "ADMIN")));
        HumException e = assertThrows(HumException.class, () -> AccountRules.roles(List.of("SUPERUSER")));
        assertEquals(ErrorCode.INVALID_INPUT, e.code());
        assertEquals("roles", e.fieldErrors().get(0).field());
        assertTrue(e.getMessage().contains("CASE_OFFICER") && e.getMessage().contains("COMPLIANCE_REVIEWER"));
    }

    @Test
    void noRoleAtAllIsRefused() {
        assertThrows(HumException.class, () -> AccountRules.roles(List.of()));
        assertThrows(HumException.class, () -> AccountRules.roles(null));
    }

    @Test
    void clearanceIsALevelNameFromTheConfiguredListAsItsRank() {
        assertEquals(0, AccountRules.clearance(LEVELS, "official"));
        assertEquals(2, AccountRules.clearance(LEVELS, "SECRET"));
        HumException e = assertThrows(HumException.class, () -> AccountRules.clearance(LEVELS, "TOP SECRET"));
        assertEquals("clearance", e.fieldErrors().get(0).field());
        assertTrue(e.getMessage().contains("OFFICIAL, SENSITIVE, SECRET"));
        assertThrows(HumException.class, () -> AccountRules.clearance(LEVELS, " "));
    }

    @Test
    void compartmentCodesAreNormalisedToCapitalsWithoutDuplicates() {
        assertEquals(Set.of("COPPER", "MESA"), AccountRules.compartmentCodes(List.of("copper", " MESA", "Copper")));
        assertEquals(Set.of(), AccountRules.compartmentCodes(null));
    }

    @Test
    void grantRoleIsOneOfTheThreeAndAnUnknownOneListsThem() {
        assertEquals(IdentityGrant.GrantRole.RECORDS_OFFICER, AccountRules.grantRole("records_officer"));
        HumException e = assertThrows(HumException.class, () -> AccountRules.grantRole("OWNER"));
        for (IdentityGrant.GrantRole r : IdentityGrant.GrantRole.values()) {
            assertTrue(e.getMessage().contains(r.name()));
        }
    }

    @Test
    void echoedNamesAreShortAndTame() {
        assertEquals("a?b", AccountRules.printable("a<b"));
        assertTrue(AccountRules.printable("X".repeat(100)).length() <= 35);
    }

    @Test
    void compartmentCodePatternAcceptsCodesAndRefusesOthers() {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(org.hum.api.admin.NewCompartment.CODE);
        Arrays.asList("COPPER", "OP-7", "AB").forEach(c -> assertTrue(p.matcher(c).matches(), c));
        Arrays.asList("copper", "7OP", "A", "X".repeat(33), "CO PPER", "-AB").forEach(c -> assertFalse(p.matcher(c).matches(), c));
    }

    @Test
    void usernamePatternAcceptsOrdinaryNamesAndRefusesOthers() {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(org.hum.api.admin.NewUser.USERNAME);
        Arrays.asList("officer1", "dana.officer", "guess-target-1a2b").forEach(u -> assertTrue(p.matcher(u).matches(), u));
        Arrays.asList("ab", ".dana", "dana officer", "x".repeat(65), "dana/../x").forEach(u -> assertFalse(p.matcher(u).matches(), u));
    }

    @Test
    void aChangeRaisesRightsWhenItAddsARoleOrACompartmentOrRaisesTheClearance() {
        Set<String> roles = Set.of("CASE_OFFICER");
        Set<String> compartments = Set.of("COPPER", "MESA");
        assertFalse(AccountRules.raises(1, roles, compartments, true, null, null, null, null), "nothing asked");
        assertFalse(AccountRules.raises(1, roles, compartments, true, 0, Set.of(), Set.of("MESA"), false), "only taken away");
        assertFalse(AccountRules.raises(1, roles, compartments, true, 1, roles, compartments, true), "the same again");
        assertTrue(AccountRules.raises(1, roles, compartments, true, 2, null, null, null), "a higher clearance");
        assertTrue(AccountRules.raises(1, roles, compartments, true, null, Set.of("ADMIN"), null, null), "another role, even ADMIN");
        assertTrue(AccountRules.raises(1, roles, compartments, true, 0, Set.of(), Set.of("MESA", "ZINC"), null),
                "one compartment added");
    }

    @Test
    void enablingAgainAPausedAccountWithSourceAccessRaisesItsRights() {
        Set<String> compartments = Set.of("COPPER");
        assertTrue(AccountRules.raises(1, Set.of("CONTROLLER"), compartments, false, null, null, null, true),
                "a paused controller enabled again");
        assertTrue(AccountRules.raises(1, Set.of("ADMIN"), Set.of(), false, null, null, null, true),
                "a paused administrator enabled again");
        assertFalse(AccountRules.raises(1, Set.of("PARTNER"), Set.of(), false, null, null, null, true),
                "a partner account sees released reports only");
        assertFalse(AccountRules.raises(1, Set.of("CONTROLLER"), compartments, true, null, null, null, true),
                "an account already enabled");
        assertFalse(AccountRules.raises(1, Set.of("CONTROLLER"), compartments, false, null, null, null, false),
                "paused again");
        assertFalse(AccountRules.raises(1, Set.of("CONTROLLER"), compartments, false, null, null, null, null),
                "left paused");
    }
}
