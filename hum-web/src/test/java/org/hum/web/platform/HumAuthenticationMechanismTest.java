package org.hum.web.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class HumAuthenticationMechanismTest {
    @Test
    void bearerTokenIsTakenFromTheHeaderInAnyCase() {
        assertEquals("abc", HumAuthenticationMechanism.bearerToken("Bearer abc"));
        assertEquals("abc", HumAuthenticationMechanism.bearerToken("bearer   abc "));
    }

    @Test
    void otherSchemesAndEmptyTokensGiveNothing() {
        assertNull(HumAuthenticationMechanism.bearerToken(null));
        assertNull(HumAuthenticationMechanism.bearerToken("Basic b2ZmaWNlcjE6eA=="));
        assertNull(HumAuthenticationMechanism.bearerToken("Bearer "));
        assertNull(HumAuthenticationMechanism.bearerToken("Bearer"));
    }
}
