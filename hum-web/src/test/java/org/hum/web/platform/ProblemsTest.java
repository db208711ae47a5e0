package org.hum.web.platform;

import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProblemsTest {
    @Test
    void jsonOutsideJaxRsHasTheProblemShape() {
        assertEquals("{\"type\":\"/hum/problems/unauthenticated\",\"title\":\"Authentication is needed\",\"status\":401,"
                        + "\"detail\":\"Log in.\",\"instance\":\"/hum/api/sources\"}",
                Problems.json(ErrorCode.UNAUTHENTICATED, "Log in.", "/hum/api/sources"));
    }

    @Test
    void quotesAndControlCharactersAreEscapedSoTheBodyParsesBack() {
        String detail = "say \"hi\"\\\n\u0001";
        String json = Problems.json(ErrorCode.INVALID_INPUT, detail, null);
        var parsed = jakarta.json.Json.createReader(new java.io.StringReader(json)).readObject();
        assertEquals(detail, parsed.getString("detail"));
        assertEquals(400, parsed.getInt("status"));
        assertEquals(false, parsed.containsKey("instance"));
    }

    @Test
    void pageNumbersOutsideTheirRangeAreRefused() {
        assertEquals(0, Inputs.number("page", null, 0, 0, 10));
        assertEquals(7, Inputs.number("page", " 7 ", 0, 0, 10));
        for (String bad : new String[] {"-1", "11", "x", "1e3", "99999999999"}) {
            var e = org.junit.jupiter.api.Assertions.assertThrows(HumException.class,
                    () -> Inputs.number("page", bad, 0, 0, 10), bad);
            assertEquals(ErrorCode.INVALID_INPUT, e.code());
            assertEquals("page", e.fieldErrors().get(0).field());
        }
    }
}
