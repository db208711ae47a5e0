package org.hum.deconfliction.boundary;

import org.hum.api.deconfliction.DeconflictionCheck;
import org.hum.api.error.FieldError;
import org.hum.api.error.HumException;
import org.hum.deconfliction.control.BlindIndex.Field;
import org.hum.deconfliction.control.Identifiers;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeconflictionChecksTest {
    private static final LocalDate DOB = LocalDate.of(1977, 6, 2);

    private static List<String> refusedFields(DeconflictionCheck c) {
        HumException e = assertThrows(HumException.class, () -> DeconflictionChecks.identifiers(c));
        return e.fieldErrors().stream().map(FieldError::field).sorted().toList();
    }

    @Test
    void everyGivenIdentifierIsNormalised() {
        Identifiers ids = DeconflictionChecks.identifiers(DeconflictionCheck.of("Ramón Ibarra", DOB,
                "+52 664 555 0117", "g 123", "mx"));
        assertEquals(Set.of(Field.NAME_DOB, Field.PHONE, Field.DOCUMENT), ids.forms().keySet());
        assertEquals("+526645550117", ids.forms().get(Field.PHONE));
        assertFalse(ids.toString().contains("664"), "identifiers never print their values");
    }

    @Test
    void oneIdentifierIsEnough() {
        assertEquals(Set.of(Field.PHONE), DeconflictionChecks.identifiers(
                DeconflictionCheck.of(null, null, "+52 664 555 0117", null, null)).forms().keySet());
        assertEquals(Set.of(Field.NAME_DOB), DeconflictionChecks.identifiers(
                DeconflictionCheck.of("Ramon Ibarra Solis", DOB, null, null, null)).forms().keySet());
    }

    @Test
    void badCombinationsAreRefusedNamingEachField() {
        assertEquals(List.of("body"), refusedFields(DeconflictionCheck.of(null, null, " ", null, null)));
        assertEquals(List.of("dateOfBirth"), refusedFields(DeconflictionCheck.of("Ramon", null, null, null, null)));
        assertEquals(List.of("trueName"), refusedFields(DeconflictionCheck.of(null, DOB, null, null, null)));
        assertEquals(List.of("trueName"), refusedFields(DeconflictionCheck.of("- -", DOB, null, null, null)));
        assertEquals(List.of("documentNumber"), refusedFields(DeconflictionCheck.of(null, null, "+526645550117", null, "MX")));
        assertEquals(List.of("dateOfBirth", "phoneNumber"), refusedFields(DeconflictionCheck.of("Ramon", null, "664 555 0117", null, null)));
    }

    @Test
    void aPhoneWithoutItsCountryCodeIsRefusedAskingForIt() {
        HumException e = assertThrows(HumException.class, () -> DeconflictionChecks.identifiers(
                DeconflictionCheck.of(null, null, "664 555 0117", null, null)));
        assertTrue(e.fieldErrors().get(0).message().contains("country code"));
        assertFalse(e.getMessage().contains("0117"), "the refusal never echoes the value");
    }
}
