package org.hum.web.platform;

import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP Basic credentials of TAXII clients: parsed, and a checked pair remembered for a minute by
 * the SHA-256 of the pair (never the password itself), so that paging does not hash a password
 * per page. At most {@value #MAX} pairs are remembered; a wrong password is never remembered.
 */
@ApplicationScoped
public class BasicCredentials {
    static final int MAX = 10_000;
    private static final Duration REMEMBER = Duration.ofMinutes(1);

    public record Pair(String username, String password) {
        @Override
        public String toString() {
            return "Pair[" + username + ", ***]";
        }
    }

    private record Known(String userId, long until) {
    }

    private final ConcurrentHashMap<String, Known> known = new ConcurrentHashMap<>();

    /** The pair of an {@code Authorization: Basic ...} header; empty for anything else. */
    public static Optional<Pair> parse(String header) {
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0 || colon == decoded.length() - 1) {
                return Optional.empty();
            }
            return Optional.of(new Pair(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The user id of a pair checked within the last minute. */
    public Optional<String> known(Pair pair) {
        Known k = known.get(digest(pair));
        if (k == null || k.until() < System.nanoTime()) {
            return Optional.empty();
        }
        return Optional.of(k.userId());
    }

    public void remember(Pair pair, String userId) {
        if (known.size() >= MAX) {
            long now = System.nanoTime();
            known.values().removeIf(k -> k.until() < now);
            if (known.size() >= MAX) {
                return;
            }
        }
        known.put(digest(pair), new Known(userId, System.nanoTime() + REMEMBER.toNanos()));
    }

    private static String digest(Pair pair) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(pair.username().getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
            d.update(pair.password().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
