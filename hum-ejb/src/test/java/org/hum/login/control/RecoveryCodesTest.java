package org.hum.login.control;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecoveryCodesTest {
    @Test
    void tenDistinctCodesOfEightyBits() {
        List<String> codes = RecoveryCodes.generate();
        assertEquals(10, codes.size());
        assertEquals(10, new HashSet<>(codes).size());
        codes.forEach(c -> assertTrue(c.matches("[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}"), c));
        assertFalse(codes.equals(RecoveryCodes.generate()));
    }

    @Test
    void theHashIgnoresCaseDashesAndSpacesAndIsSaltedByTheUser() {
        String code = RecoveryCodes.generate().get(0);
        byte[] h = RecoveryCodes.hash("user-a", code);
        assertEquals(32, h.length);
        assertArrayEquals(h, RecoveryCodes.hash("user-a", code.toLowerCase().replace("-", " ")));
        assertFalse(java.util.Arrays.equals(h, RecoveryCodes.hash("user-b", code)));
        assertFalse(java.util.Arrays.equals(h, RecoveryCodes.hash("user-a", RecoveryCodes.generate().get(0))));
    }

    @Test
    void aSixDigitCodeIsNotARecoveryCode() {
        assertFalse(RecoveryCodes.looksLikeOne("123456"));
        assertFalse(RecoveryCodes.looksLikeOne(null));
        assertTrue(RecoveryCodes.looksLikeOne("abcd-efgh-ijkl-mnop"));
    }
}
