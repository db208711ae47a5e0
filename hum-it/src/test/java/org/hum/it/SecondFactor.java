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

    /** A code not given before: the current step's, or the next one's, or (waiting) a later one's. */
    String nextCode() {
        long current = Totp.step(Instant.now());
        long step = Math.max(current, lastStep + 1);
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
