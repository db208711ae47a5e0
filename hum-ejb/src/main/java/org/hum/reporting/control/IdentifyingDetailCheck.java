package org.hum.reporting.control;

import org.hum.api.reporting.FindingKind;
import org.hum.api.reporting.ReportFinding;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifying-detail check (docs/domain.md, "Sanitized reports"): finds, in the fields of a
 * report that may leave, the particulars of the files and contacts it draws on and the terms of
 * the watch list. Compares normal forms (case, accents, spacing and punctuation dropped; numbers
 * on their digits) in memory; answers kinds, fields and offsets into the field as sent, never
 * the text found. Pure: no state, no I/O.
 */
public final class IdentifyingDetailCheck {
    /** Shorter numbers would match too much ordinary text. */
    static final int MIN_NUMBER_LENGTH = 5;
    /** The national part of a phone, looked for as well as the whole international number. */
    static final int NATIONAL_DIGITS = 10;

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile("(?<!\\d)(\\d{1,2})[-/.](\\d{1,2})(?:[-/.](\\d{4}|\\d{2}))?(?![\\d])");
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
            + MONTH + "\\.?(?:,?\\s+(\\d{4}))?(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\p{L}\\d])" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?"
            + "(?:,?\\s+(\\d{4}))?(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE);

    private IdentifyingDetailCheck() {
    }

    /**
     * @param fields    field name to its text as sent (null texts are skipped), in the order to report
     * @param known     the particulars to look for
     * @param watchRuns the numbers of words of the watch terms
     * @param watched   whether a run of words, in normal form joined by single spaces, is a watch term
     * @return every finding, by field then offset; empty when clear
     */
    public static List<ReportFinding> check(Map<String, String> fields, Particulars known, Set<Integer> watchRuns,
                                            Predicate<String> watched) {
        List<ReportFinding> all = new ArrayList<>();
        for (var field : new LinkedHashMap<>(fields).entrySet()) {
            String text = field.getValue();
            if (text == null || text.isBlank()) {
                continue;
            }
            List<ReportFinding> found = new ArrayList<>();
            String name = field.getKey();
            List<TextForms.Word> words = TextForms.words(text);
            phrases(found, name, words, FindingKind.CODE_NAME, known.codeNames());
            phrases(found, name, words, FindingKind.TRUE_NAME, known.trueNames());
            phrases(found, name, words, FindingKind.OTHER_NAME, known.otherNames());
            phrases(found, name, words, FindingKind.HANDLER_NAME, known.handlerNames());
            phrases(found, name, words, FindingKind.CONTACT_PLACE, places(known.contactPlaces()));
            TextForms.Compact compact = TextForms.alphanumeric(text);
            numbers(found, name, compact, FindingKind.SOURCE_NUMBER, known.sourceNumbers());
            numbers(found, name, compact, FindingKind.DOCUMENT_NUMBER, known.documents());
            phones(found, name, TextForms.digitRuns(text), known.phones());
            dates(found, name, text, known.contactDates());
            watch(found, name, words, watchRuns, watched);
            found.sort(Comparator.comparingInt(ReportFinding::start).thenComparingInt(ReportFinding::end));
            all.addAll(found.stream().distinct().toList());
        }
        return List.copyOf(all);
    }

    /** A place, and each comma-separated part of it of two words or more (a town alone is not a contact's place). */
    static List<String> places(List<String> places) {
        List<String> out = new ArrayList<>();
        for (String p : places) {
            out.add(p);
            for (String part : p.split("[,;\\n]")) {
                if (TextForms.wordForms(part).size() >= 2 && !part.strip().equals(p.strip())) {
                    out.add(part);
                }
            }
        }
        return out;
    }

    private static void phrases(List<ReportFinding> found, String field, List<TextForms.Word> words, FindingKind kind,
                                List<String> phrases) {
        for (String phrase : phrases) {
            List<String> needle = TextForms.wordForms(phrase);
            if (needle.isEmpty()) {
                continue;
            }
            for (int i = 0; i + needle.size() <= words.size(); i++) {
                boolean match = true;
                for (int j = 0; j < needle.size() && match; j++) {
                    match = words.get(i + j).form().equals(needle.get(j));
                }
                if (match) {
                    found.add(new ReportFinding(kind, field, words.get(i).start(), words.get(i + needle.size() - 1).end()));
                }
            }
        }
    }

    private static void numbers(List<ReportFinding> found, String field, TextForms.Compact text, FindingKind kind,
                                List<String> numbers) {
        for (String number : numbers) {
            String needle = TextForms.alphanumericForm(number);
            if (needle.length() < MIN_NUMBER_LENGTH) {
                continue;
            }
            for (int at = text.text().indexOf(needle); at >= 0; at = text.text().indexOf(needle, at + 1)) {
                found.add(new ReportFinding(kind, field, text.start(at), text.end(at + needle.length())));
            }
        }
    }

    private static void phones(List<ReportFinding> found, String field, List<TextForms.Compact> runs, List<String> phones) {
        for (String phone : phones) {
            String digits = TextForms.digits(phone);
            List<String> needles = new ArrayList<>();
            if (digits.length() >= MIN_NUMBER_LENGTH + 2) {
                needles.add(digits);
            }
            if (digits.length() > NATIONAL_DIGITS) {
                needles.add(digits.substring(digits.length() - NATIONAL_DIGITS));
            }
            for (var run : runs) {
                for (String needle : needles) {
                    for (int at = run.text().indexOf(needle); at >= 0; at = run.text().indexOf(needle, at + 1)) {
                        found.add(new ReportFinding(FindingKind.PHONE, field, run.start(at), run.end(at + needle.length())));
                    }
                }
            }
        }
        // a whole number found also matches its national part: keep the widest
        found.removeIf(f -> f.kind() == FindingKind.PHONE && found.stream().anyMatch(g -> g != f
                && g.kind() == FindingKind.PHONE && g.field().equals(f.field()) && g.start() <= f.start() && g.end() >= f.end()
                && (g.end() - g.start()) > (f.end() - f.start())));
    }

    private static void dates(List<ReportFinding> found, String field, String text, List<LocalDate> dates) {
        if (dates.isEmpty()) {
            return;
        }
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            if (matches(dates, num(m.group(1)), num(m.group(2)), num(m.group(3)))) {
                found.add(new ReportFinding(FindingKind.CONTACT_DATE, field, m.start(), m.end()));
            }
        }
        m = NUMERIC.matcher(text);
        while (m.find()) {
            if (insideIso(text, m.start())) {
                continue;
            }
            Integer year = m.group(3) == null ? null : year(m.group(3));
            int a = num(m.group(1));
            int b = num(m.group(2));
            if (matches(dates, year, a, b) || matches(dates, year, b, a)) {
                found.add(new ReportFinding(FindingKind.CONTACT_DATE, field, m.start(), m.end()));
            }
        }
        m = DAY_MONTH.matcher(text);
        while (m.find()) {
            Integer year = m.group(3) == null ? null : num(m.group(3));
            if (matches(dates, year, month(m.group(2)), num(m.group(1)))) {
                found.add(new ReportFinding(FindingKind.CONTACT_DATE, field, m.start(), m.end()));
            }
        }
        m = MONTH_DAY.matcher(text);
        while (m.find()) {
            Integer year = m.group(3) == null ? null : num(m.group(3));
            if (matches(dates, year, month(m.group(1)), num(m.group(2)))) {
                found.add(new ReportFinding(FindingKind.CONTACT_DATE, field, m.start(), m.end()));
            }
        }
    }

    /** Whether the numeric match at {@code start} is the tail of an ISO date (2026-11-03 read as 11-03). */
    private static boolean insideIso(String text, int start) {
        Matcher iso = ISO.matcher(text);
        while (iso.find()) {
            if (start > iso.start() && start < iso.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(List<LocalDate> dates, Integer year, int month, int day) {
        try {
            for (LocalDate d : dates) {
                if (d.getMonthValue() == month && d.getDayOfMonth() == day && (year == null || d.getYear() == year)) {
                    return true;
                }
            }
            return false;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        List<String> months = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
        return months.indexOf(w.substring(0, 3)) + 1;
    }

    private static int year(String digits) {
        int y = num(digits);
        return digits.length() == 2 ? 2000 + y : y;
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }

    private static void watch(List<ReportFinding> found, String field, List<TextForms.Word> words, Set<Integer> runs,
                              Predicate<String> watched) {
        for (int n : runs) {
            for (int i = 0; n > 0 && i + n <= words.size(); i++) {
                StringBuilder run = new StringBuilder();
                for (int j = 0; j < n; j++) {
                    if (j > 0) {
                        run.append(' ');
                    }
                    run.append(words.get(i + j).form());
                }
                if (watched.test(run.toString())) {
                    found.add(new ReportFinding(FindingKind.WATCH_TERM, field, words.get(i).start(), words.get(i + n - 1).end()));
                }
            }
        }
    }

    /** The normal form of a watch term, as {@link #check} passes runs of words to the watch list. */
    public static String watchForm(String term) {
        return String.join(" ", TextForms.wordForms(term));
    }

    /** The number of words of a watch term. */
    public static int watchWords(String term) {
        return TextForms.wordForms(term).size();
    }
}
