package org.hum.web.partner;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaxiiRateLimitTest {
    @Test
    void aBurstPassesThenTheAccountWaitsAndOtherAccountsDoNot() throws Exception {
        TaxiiRateLimit limit = new TaxiiRateLimit();
        limit.burst = 3;
        limit.perSecond = 5;
        assertTrue(limit.allow("a"));
        assertTrue(limit.allow("a"));
        assertTrue(limit.allow("a"));
        assertFalse(limit.allow("a"), "the burst is spent");
        assertTrue(limit.allow("b"), "each account has its own bucket");
        Thread.sleep(450);
        assertTrue(limit.allow("a"), "refilled at five a second");
    }
}
