package org.hum.web.present;

import org.hum.api.Role;
import org.hum.api.payment.ApprovalTier;
import org.hum.api.payment.PaymentStatus;
import org.hum.api.source.Motivation;
import org.hum.api.source.SourceStatus;
import org.hum.api.source.SpecialCategory;
import org.hum.api.vetting.SubjectStatus;
import org.hum.api.authorisation.AuthorisationKind;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordsTest {
    private final Words words = new Words();

    @Test
    void anEnumReadsItsLineOrItsNameInSentenceCase() {
        assertEquals("Compliance reviewer", words.of(Role.COMPLIANCE_REVIEWER));
        assertEquals("Closed for cause", words.of(SourceStatus.CLOSED_FOR_CAUSE));
        assertEquals("Coercion or fear", words.of(Motivation.COERCION_FEAR));
        assertEquals("Payment approval pending", words.of("PAYMENT_APPROVAL_PENDING"), "no line: the name in sentence case");
        assertEquals("Paid", words.of(PaymentStatus.PAID));
    }

    @Test
    void theTypeQualifiedLineWinsWhereOneConstantMeansTwoThings() {
        assertEquals("Standard approval", words.of(ApprovalTier.STANDARD));
        assertEquals("Standard", words.of(AuthorisationKind.STANDARD));
        assertEquals("Not a subject", words.of(SubjectStatus.NONE));
    }

    @Test
    void aListIsCommaSeparatedWordsAndAnEmptyOneIsNone() {
        assertEquals("Money, revenge", words.of(List.of(Motivation.MONEY, Motivation.REVENGE)));
        assertEquals("none", words.of(List.of()));
        assertEquals("none", words.list(null));
        assertEquals("High risk, long-term", words.list(List.of(SpecialCategory.HIGH_RISK, SpecialCategory.LONG_TERM)));
        assertEquals("Case officer, administrator", words.of("[CASE_OFFICER, ADMIN]"), "a list already written as text");
        assertEquals("none", words.of("[]"));
        assertEquals("El Flaco Velazquez, Tomasina Ortolan", words.list(List.of("El Flaco Velazquez", "Tomasina Ortolan")),
                "a person's own text keeps its capitals");
    }

    @Test
    void timesBooleansAndPlainTexts() {
        assertEquals("4 Dec 2026, 13:34 UTC", words.of(Instant.parse("2026-12-04T13:34:27.935533Z")));
        assertEquals("4 Dec 2026", words.of(LocalDate.of(2026, 12, 4)));
        assertEquals("yes", words.of(true));
        assertEquals("", words.of(null));
        assertEquals("Met at the bay, twice", words.of("Met at the bay, twice"));
        assertEquals("reward", words.decapitalised(org.hum.api.payment.PaymentKind.REWARD));
    }

    @Test
    void aServersSentenceGetsItsKnownConstantsAsWordsButKeepsItsCodeName() {
        assertEquals("KESTREL: reward 150.00 EUR awaits standard approval",
                words.text("KESTREL: REWARD 150.00 EUR awaits STANDARD"));
        assertEquals("HERON_TWO: payment due 4 Dec 2026, welfare alert",
                words.text("HERON_TWO: payment due 2026-12-04, WELFARE_ALERT"));
        assertEquals("Draft saved 4 Dec 2026, 13:34 UTC", words.text("Draft saved 2026-12-04T13:34:27.935533Z"));
        assertEquals("", words.text(null));
    }

    @Test
    void everyConstantOfTheApisEnumerationsReadsAsWords() throws Exception {
        Pattern machine = Pattern.compile("[A-Z]+_[A-Z_]+");
        try (Stream<Path> files = Files.walk(Path.of("../hum-api/src/main/java/org/hum/api"))) {
            List<Path> enums = files.filter(f -> f.toString().endsWith(".java")).filter(WordsTest::declaresEnum).toList();
            assertTrue(enums.size() > 15, "the API's enumerations are found: " + enums.size());
            for (Path f : enums) {
                String name = Path.of("../hum-api/src/main/java").relativize(f).toString()
                        .replace(".java", "").replace('/', '.');
                Class<?> declared = Class.forName(name);
                // a top-level enum, or a record or class that declares its enumerations inside
                List<Class<?>> types = declared.isEnum() ? List.of(declared)
                        : Stream.of(declared.getDeclaredClasses()).filter(Class::isEnum).toList();
                assertFalse(types.isEmpty(), name + " declares an enumeration");
                for (Class<?> type : types) {
                    for (Object constant : type.getEnumConstants()) {
                        String w = words.of(constant);
                        assertFalse(machine.matcher(w).find(), type.getSimpleName() + "." + constant + " reads " + w);
                        assertFalse(w.isBlank());
                    }
                }
            }
        }
    }

    private static boolean declaresEnum(Path f) {
        try {
            return Files.readString(f).contains("public enum ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theBundleHasNoLineStillInCapitals() throws Exception {
        java.util.Properties lines = new java.util.Properties();
        try (var in = Words.class.getResourceAsStream("words.properties")) {
            lines.load(in);
        }
        Set<String> keys = lines.stringPropertyNames();
        assertTrue(keys.size() > 80);
        for (String k : keys) {
            assertFalse(Pattern.compile("[A-Z]+_[A-Z]+").matcher(lines.getProperty(k)).find(), k);
        }
    }
}
