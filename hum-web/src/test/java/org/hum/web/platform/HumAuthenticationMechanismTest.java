package org.hum.web.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;

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

    @Test
    void theSurfaceIsTheServletTheRequestWasMappedToNotWhatItsUriReads() {
        assertEquals(HumAuthenticationMechanism.Surface.API, surface("/api", "/hum/api/sources"));
        assertEquals(HumAuthenticationMechanism.Surface.API, surface("/api", "/hum/api;jsessionid=x/auth/me"));
        assertEquals(HumAuthenticationMechanism.Surface.API, surface("/api", "/hum/ui/..;/api/auth/me"));
        assertEquals(HumAuthenticationMechanism.Surface.API, surface("/api", "/hum/%61pi/auth/me"));
        assertEquals(HumAuthenticationMechanism.Surface.TAXII, surface("/taxii2", "/hum/taxii2;x/api/"));
        assertEquals(HumAuthenticationMechanism.Surface.UI, surface("/index.xhtml", "/hum/index.xhtml"));
        assertEquals(HumAuthenticationMechanism.Surface.UI, surface("/api.xhtml", "/hum/api.xhtml"),
                "a page named like the API is a page");
        assertEquals(HumAuthenticationMechanism.Surface.UI, surface("/partner/download", "/hum/partner/download/x"));
    }

    private static HumAuthenticationMechanism.Surface surface(String servletPath, String uri) {
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass0(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getServletPath" -> servletPath;
                    case "getRequestURI" -> uri;
                    case "getContextPath" -> "/hum";
                    default -> null;
                });
        return HumAuthenticationMechanism.Surface.of(request);
    }

    private static ClassLoader getClass0() {
        return HumAuthenticationMechanismTest.class.getClassLoader();
    }
}
