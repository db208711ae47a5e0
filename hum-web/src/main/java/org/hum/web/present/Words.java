package org.hum.web.present;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Machine values as words for a person, one mechanism for every page ({@code #{words.of(x)}}).
 * An enumeration constant reads its line in {@code words.properties} (first {@code Type.CONSTANT},
 * then {@code CONSTANT}), else its name in sentence case ({@code PAYMENT_APPROVAL_PENDING} is
 * "Payment approval pending"); a list is its words separated by commas, an empty one "none";
 * a time or day goes through {@link TimeConverter}; a boolean is "yes" or "no".
 */
@Named("words")
@ApplicationScoped
public class Words {
    static final String NONE = "none";
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*");
    private static final Pattern LISTED = Pattern.compile("\\[\\s*(" + CONSTANT.pattern() + "(?:\\s*,\\s*"
            + CONSTANT.pattern() + ")*)?\\s*]");
    private static final Pattern TOKEN = Pattern.compile("\\b" + CONSTANT.pattern() + "\\b");
    private static final Pattern ISO_TIME = Pattern.compile(
            "\\b\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:\\d{2}))?\\b");
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.hum.web.present.words", Locale.ROOT);

    /** The value as words; null as "". A text that is not a constant (or a list of them) is left as it is. */
    public String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enum<?> e) {
            return word(e.getDeclaringClass().getSimpleName(), e.name());
        }
        if (value instanceof Collection<?> c) {
            return list(c);
        }
        if (value instanceof Object[] a) {
            return list(Arrays.asList(a));
        }
        if (value instanceof TemporalAccessor) {
            return TimeConverter.format(value);
        }
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (value instanceof CharSequence cs) {
            String s = cs.toString().trim();
            if (CONSTANT.matcher(s).matches()) {
                return word(null, s);
            }
            Matcher listed = LISTED.matcher(s); // a list already turned into text, e.g. an audit entry's roles
            if (listed.matches()) {
                return listed.group(1) == null ? NONE : list(Arrays.asList(listed.group(1).split("\\s*,\\s*")));
            }
            return TimeConverter.format(s);
        }
        return value.toString();
    }

    /** The value as words to sit inside a sentence: "reward", not "Reward" (an initialism keeps its capitals). */
    public String decapitalised(Object value) {
        return decapitalise(of(value));
    }

    /** The items as words, comma-separated, the first capitalised (free texts as written); "none" for no items. */
    public String list(Collection<?> items) {
        if (items == null || items.isEmpty()) {
            return NONE;
        }
        List<String> words = new ArrayList<>();
        for (Object item : items) {
            String w = of(item);
            boolean constant = item instanceof Enum<?> || item instanceof CharSequence c && CONSTANT.matcher(c).matches();
            words.add(words.isEmpty() || !constant ? w : decapitalise(w)); // a person's own text keeps its capitals
        }
        return String.join(", ", words);
    }

    /**
     * A sentence written by the server with constants in it ("KESTREL: REWARD 150.00 EUR awaits STANDARD")
     * with each constant this bundle knows put in words ("KESTREL: reward 150.00 EUR awaits standard
     * approval"), and each ISO time or day in it readable. What comes before the first ": " is a code name and stays as it is; so does every
     * capitalised word the bundle does not know (a currency, a code name).
     */
    public String text(String sentence) {
        if (sentence == null) {
            return "";
        }
        int colon = sentence.indexOf(": ");
        String head = colon < 0 ? "" : sentence.substring(0, colon + 2);
        Matcher m = TOKEN.matcher(sentence.substring(head.length()));
        StringBuilder out = new StringBuilder(head);
        while (m.find()) {
            String known = lookup("text." + m.group());
            if (known == null) {
                known = lookup(m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(known == null ? m.group() : decapitalise(known)));
        }
        m.appendTail(out);
        Matcher t = ISO_TIME.matcher(out.toString());
        StringBuilder timed = new StringBuilder();
        while (t.find()) {
            t.appendReplacement(timed, Matcher.quoteReplacement(TimeConverter.format(t.group())));
        }
        t.appendTail(timed);
        return timed.toString();
    }

    String word(String type, String constant) {
        String known = type == null ? null : lookup(type + "." + constant);
        if (known == null) {
            known = lookup(constant);
        }
        return known != null ? known : sentenceCase(constant);
    }

    private static String lookup(String key) {
        try {
            return BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    static String sentenceCase(String constant) {
        String spaced = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** "Money" to "money", but "OIA granted" stays: an initialism keeps its capitals. */
    static String decapitalise(String w) {
        if (w.length() > 1 && Character.isUpperCase(w.charAt(0)) && Character.isLowerCase(w.charAt(1))) {
            return Character.toLowerCase(w.charAt(0)) + w.substring(1);
        }
        return w;
    }
}
