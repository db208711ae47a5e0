package org.hum.web.rest;

import org.hum.api.error.ErrorCode;
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
    void quotesAndControlCharactersAreEscaped() {
        String json = Problems.json(ErrorCode.INVALID_INPUT, "say \"hi\"\\\n", null);
        assertEquals("{\"type\":\"/hum/problems/invalid-input\",\"title\":\"The request has invalid fields\","
                + "\"status\":400,\"detail\":\"say \\\"hi\\\"\\\\\\u000a\"}", json);
    }

    @Test
    void pageNumbersOutsideTheirRangeAreRefused() {
        assertEquals(0, SourcesResource.number("page", null, 0, 0, 10));
        assertEquals(7, SourcesResource.number("page", " 7 ", 0, 0, 10));
        for (String bad : new String[] {"-1", "11", "x", "1e3", "99999999999"}) {
            var e = org.junit.jupiter.api.Assertions.assertThrows(org.hum.api.error.HumException.class,
                    () -> SourcesResource.number("page", bad, 0, 0, 10), bad);
            assertEquals(ErrorCode.INVALID_INPUT, e.code());
            assertEquals("page", e.fieldErrors().get(0).field());
        }
    }
}
