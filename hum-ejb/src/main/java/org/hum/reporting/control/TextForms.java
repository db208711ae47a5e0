package org.hum.reporting.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The normal forms the identifying-detail check compares, as deconfliction normalises
 * identifiers: case and accents dropped, any run of spacing or punctuation one separator, and
 * numbers compared on their letters and digits alone. Every form keeps, for each of its
 * characters, the offset in the text as sent, so that a finding points at the original.
 */
final class TextForms {

    private TextForms() {
    }

    /** A word of a text: its normal form and where it stands in the original (end exclusive). */
    record Word(String form, int start, int end) {
    }

    /** A compacted text (letters and digits only, or digits only) with each character's original offset. */
    record Compact(String text, int[] offsets) {
        int start(int index) {
            return offsets[index];
        }

        int end(int indexExclusive) {
            return offsets[indexExclusive - 1] + 1;
        }
    }

    /** The normal form of one character: no accents, lower case (possibly empty for a lone mark). */
    static String fold(char c) {
        String s = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char d = s.charAt(i);
            if (Character.getType(d) == Character.NON_SPACING_MARK || Character.getType(d) == Character.COMBINING_SPACING_MARK
                    || Character.getType(d) == Character.ENCLOSING_MARK) {
                continue;
            }
            b.append(d);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** The words of a text: runs of letters and digits, folded. */
    static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        StringBuilder form = new StringBuilder();
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || isMark(c) && start >= 0) {
                if (start < 0) {
                    start = i;
                }
                form.append(fold(c));
            } else if (start >= 0) {
                words.add(new Word(form.toString(), start, i));
                form.setLength(0);
                start = -1;
            }
        }
        if (start >= 0) {
            words.add(new Word(form.toString(), start, text.length()));
        }
        return words;
    }

    /** The folded words of a phrase (a name, a place, a term), without offsets. */
    static List<String> wordForms(String phrase) {
        return words(phrase).stream().map(Word::form).filter(w -> !w.isEmpty()).toList();
    }

    /** Letters and digits only, folded and upper-cased: how numbers (source, document) compare. */
    static Compact alphanumeric(String text) {
        StringBuilder b = new StringBuilder();
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                for (char f : fold(c).toUpperCase(Locale.ROOT).toCharArray()) {
                    b.append(f);
                    offsets.add(i);
                }
            }
        }
        return new Compact(b.toString(), offsets.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The compact form of a number to look for: letters and digits only, upper case. */
    static String alphanumericForm(String value) {
        return alphanumeric(value).text();
    }

    /**
     * The digit runs of a text as phones are written: digits joined by spacing, brackets, dots,
     * dashes, slashes or a plus, each run compacted to its digits.
     */
    static List<Compact> digitRuns(String text) {
        List<Compact> runs = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (Character.isDigit(c)) {
                b.append(Character.forDigit(Character.digit(c, 10), 10));
                offsets.add(i);
            } else if (" ()-./+\u00a0".indexOf(c) < 0 || c == '\n') {
                if (b.length() > 0) {
                    runs.add(new Compact(b.toString(), offsets.stream().mapToInt(Integer::intValue).toArray()));
                }
                b.setLength(0);
                offsets.clear();
            }
        }
        return runs;
    }

    /** The digits of a phone number. */
    static String digits(String value) {
        StringBuilder b = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (Character.isDigit(c)) {
                b.append(Character.forDigit(Character.digit(c, 10), 10));
            }
        }
        return b.toString();
    }

    private static boolean isMark(char c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }
}
