package org.hum.web.platform;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BasicCredentialsTest {
    private static String basic(String pair) {
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void parsesAPairAndRefusesAnythingElse() {
        Optional<BasicCredentials.Pair> p = BasicCredentials.parse(basic("partner1-taxii:s3cret:with:colons"));
        assertEquals("partner1-taxii", p.orElseThrow().username());
        assertEquals("s3cret:with:colons", p.orElseThrow().password(), "only the first colon splits");
        assertTrue(BasicCredentials.parse("basic " + Base64.getEncoder().encodeToString("a:b".getBytes())).isPresent(),
                "the scheme's case does not matter");
        for (String bad : new String[]{null, "", "Bearer abc", "Basic", "Basic !!!", basic("nocolon"), basic(":pw"), basic("user:")}) {
            assertFalse(BasicCredentials.parse(bad).isPresent(), String.valueOf(bad));
        }
        assertFalse(p.orElseThrow().toString().contains("s3cret"), "a pair never prints its password");
    }

    @Test
    void remembersOnlyTheExactPairThatWasChecked() {
        BasicCredentials c = new BasicCredentials();
        BasicCredentials.Pair right = BasicCredentials.parse(basic("u:right-password")).orElseThrow();
        BasicCredentials.Pair wrong = BasicCredentials.parse(basic("u:wrong-password")).orElseThrow();
        assertFalse(c.known(right).isPresent());
        c.remember(right, "user-id-1");
        assertEquals("user-id-1", c.known(right).orElseThrow());
        assertFalse(c.known(wrong).isPresent(), "another password for the same user is not remembered");
    }
}
