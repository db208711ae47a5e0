package org.hum.web.partner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code Accept} check (docs/api.md, "TAXII 2.1"): TAXII 2.1's own media type, or the
 * unversioned one that means the latest the server supports; a range is read as a whole, so a
 * version 2.0 or a type that merely contains the name is 406.
 */
class TaxiiAcceptTest {

    @Test
    void taxii21AndTheUnversionedTypeAreAccepted() {
        for (String accept : List.of("application/taxii+json;version=2.1", "application/taxii+json",
                "Application/TAXII+JSON; Version=2.1", "application/taxii+json ; version=\"2.1\"",
                "application/taxii+json;version=2.1;q=0.5", "text/html, application/taxii+json;version=2.1",
                "application/taxii+json;version=2.0, application/taxii+json;version=2.1")) {
            assertTrue(TaxiiServlet.acceptable(accept), accept);
        }
        assertTrue(TaxiiServlet.acceptable(null), "no header: any type (RFC 9110)");
    }

    @Test
    void anotherVersionATypeContainingTheNameOrAWildcardIsRefused() {
        for (String accept : List.of("application/taxii+json;version=2.0", "application/taxii+json;version=2.10",
                "application/taxii+json;version=21", "application/taxii+jsonx;version=2.1",
                "xapplication/taxii+json;version=2.1", "text/plain;x=application/taxii+json;version=2.1",
                "application/taxii+json;version=2.1;charset=utf-8", "application/taxii+json;version=2.1;q=0",
                "application/taxii+json;version", "application/taxii+json;q=abc", "application/json",
                "application/stix+json;version=2.1", "*/*", "application/*", "", " ", "text/html")) {
            assertFalse(TaxiiServlet.acceptable(accept), accept);
        }
        assertFalse(TaxiiServlet.acceptable("text/html,".repeat(200) + "application/taxii+json"), "an overlong header");
    }
}
