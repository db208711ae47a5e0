package org.hum.it;

import org.hum.login.control.Totp;

import java.time.Instant;
import java.util.Locale;

/**
 * An authenticator app for the tests: the codes of a secret given in base32. A code works once
 * and only for a step later than the last used, so each code asked for is of a step after the
 * last one given, waiting for the clock where the next one is too far ahead to be accepted.
 */
final class SecondFactor {
    private final byte[] secret;
    private long lastStep = -1;

    SecondFactor(String base32) {
        this.secret = decode(base32);
    }

    /**
     * A code not given before: the step before the current one's (the server accepts it, for clock
     * drift), the current step's, or the next one's, or (waiting) a later one's. The step before only
     * while the current one has more than 5 s left, so that it is still accepted when the call
     * arrives; three codes in a row then need no wait (a wait of up to 30 s for the third before).
     */
    String nextCode() {
        Instant now = Instant.now();
        long current = Totp.step(now);
        boolean roomInStep = Totp.step(now.plusSeconds(5)) == current;
        long step = Math.max(roomInStep ? current - 1 : current, lastStep + 1);
        while (step > Totp.step(Instant.now()) + 1) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        lastStep = step;
        return Totp.code(secret, step);
    }

    /** The code last given, again (a replay). */
    String lastCode() {
        return Totp.code(secret, lastStep);
    }

    /** A code that is none of the accepted ones just now. */
    String wrongCode() {
        long current = Totp.step(Instant.now());
        for (int n = 0; ; n++) {
            String guess = String.format(Locale.ROOT, "%06d", (123456 + n * 7919) % 1_000_000);
            boolean accepted = false;
            for (long s = current - 2; s <= current + 2; s++) {
                accepted |= guess.equals(Totp.code(secret, s));
            }
            if (!accepted) {
                return guess;
            }
        }
    }

    static byte[] decode(String base32) {
        return Totp.fromBase32(base32);
    }
}
