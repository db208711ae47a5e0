package org.hum.source.control;

import java.security.SecureRandom;

/**
 * Unique source numbers such as {@code HUM-7K3QX9PD}. Random rather than sequential: a
 * sequence would tell anyone who sees two numbers how many sources were registered between
 * them, and in which units.
 */
public final class SourceNumbers {
    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private SourceNumbers() {
    }

    public static String next() {
        StringBuilder b = new StringBuilder("HUM-");
        for (int i = 0; i < 8; i++) {
            b.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return b.toString();
    }
}
