package org.hum.web.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per TAXII account: {@code hum.partner.taxii.burst} requests at once, refilled at
 * {@code hum.partner.taxii.requests-per-second}. A client over it gets 429 and
 * {@code Retry-After}; a misbehaving or stolen machine credential cannot drain the server.
 */
@ApplicationScoped
public class TaxiiRateLimit {
    @Inject
    @ConfigProperty(name = "hum.partner.taxii.requests-per-second", defaultValue = "20")
    int perSecond;

    @Inject
    @ConfigProperty(name = "hum.partner.taxii.burst", defaultValue = "200")
    int burst;

    private static final class Bucket {
        double tokens;
        long at;
    }

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Whether the account may make one more request now. */
    public boolean allow(String account) {
        Bucket b = buckets.computeIfAbsent(account == null ? "" : account, k -> {
            Bucket n = new Bucket();
            n.tokens = Math.max(1, burst);
            n.at = System.nanoTime();
            return n;
        });
        synchronized (b) {
            long now = System.nanoTime();
            b.tokens = Math.min(Math.max(1, burst), b.tokens + (now - b.at) / 1e9 * Math.max(1, perSecond));
            b.at = now;
            if (b.tokens < 1) {
                return false;
            }
            b.tokens -= 1;
            return true;
        }
    }
}
