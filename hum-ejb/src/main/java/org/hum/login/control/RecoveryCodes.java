package org.hum.login.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Single-use recovery codes: ten at a time, each 80 random bits written as four groups of four
 * base32 letters and digits ({@code ABCD-EFGH-JKMN-PQRS}). Only a hash is kept: SHA-256 of the
 * user's id and the code. The user's id salts it (the same code under two accounts hashes
 * differently); with 80 random bits a code cannot be found from its hash by trying, so a slow
 * password hash adds nothing here.
 */
public final class RecoveryCodes {
    public static final int COUNT = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    /** Ten new codes, as shown to the user. */
    public static List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            byte[] raw = new byte[10];
            RANDOM.nextBytes(raw);
            String b = Totp.base32(raw); // 16 characters
            codes.add(b.substring(0, 4) + "-" + b.substring(4, 8) + "-" + b.substring(8, 12) + "-" + b.substring(12, 16));
        }
        return codes;
    }

    /** Whether {@code typed} looks like a recovery code at all (rather than a six-digit code). */
    public static boolean looksLikeOne(String typed) {
        return typed != null && normalise(typed).length() == 16;
    }

    /** The stored hash of a code as the user may type it: any case, with or without the dashes and spaces. */
    public static byte[] hash(String userId, String typed) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(userId.getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) 0);
            return sha.digest(normalise(typed).getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    static String normalise(String typed) {
        return typed.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
