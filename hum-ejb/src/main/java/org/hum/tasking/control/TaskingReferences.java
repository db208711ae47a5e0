package org.hum.tasking.control;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * References of requirements and taskings (docs/domain.md, "Tasking"): the kind, the year and six
 * random characters, such as {@code T-2026-K7M3Q9}. They are drawn, not counted: a number from one
 * counter across compartments would let a reader count, by the gaps between the references they
 * see, the work of compartments they may not see. Six characters of an alphabet without the
 * letters read as digits (I, L, O, U) give about a billion references a kind and year; the
 * store draws again when one is taken.
 */
public final class TaskingReferences {
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 6;
    private static final RandomGenerator RANDOM = new SecureRandom();

    private TaskingReferences() {
    }

    /** A reference of kind {@code kind} ('T' tasking, 'R' requirement) in {@code year}. */
    public static String draw(char kind, int year) {
        return draw(kind, year, RANDOM);
    }

    static String draw(char kind, int year, RandomGenerator random) {
        StringBuilder b = new StringBuilder().append(kind).append('-').append(year).append('-');
        for (int i = 0; i < LENGTH; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
