package org.hum.rules.control;

import org.hum.api.error.ErrorCode;
import org.hum.api.error.FieldError;
import org.hum.api.error.HumException;
import org.hum.api.rules.RuleProfileSettings;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleProfileTuningTest {
    private static final RuleProfile US = RuleProfiles.US_FEDERAL;

    /** A request for US_FEDERAL changing only the named figures. */
    private static RuleProfileSettings tune(Map<String, Object> figures) {
        RuleProfileSettings s = RuleProfileSettings.choose("US_FEDERAL");
        return new RuleProfileSettings(s.profile(), (String) figures.get("name"), (String) figures.get("grading"),
                (String) figures.get("authorisationPeriod"), (String) figures.get("juvenileAuthorisationPeriod"),
                (String) figures.get("urgentOralPeriod"), (String) figures.get("reviewInterval"),
                (String) figures.get("juvenileReviewInterval"), (String) figures.get("validationInterval"),
                (String) figures.get("enhancedReviewAfter"), (String) figures.get("continuousUseGap"),
                (Integer) figures.get("oiaMaxDays"), (Integer) figures.get("oiaNotificationDays"),
                (String) figures.get("instructionsInterval"), (Integer) figures.get("juvenileAge"),
                (Integer) figures.get("appropriateAdultAge"), (Integer) figures.get("prospectContactThreshold"),
                (Integer) figures.get("prospectDayThreshold"), (String) figures.get("retentionAfterAuthorisation"),
                (String) figures.get("intelligenceRetention"), (String) figures.get("currency"),
                (BigDecimal) figures.get("seniorPaymentThreshold"), (BigDecimal) figures.get("headquartersPaymentThreshold"),
                (BigDecimal) figures.get("annualHeadquartersThreshold"), (BigDecimal) figures.get("lifetimeHeadquartersThreshold"),
                (Integer) figures.get("tenureGamingWindowDays"), (String) figures.get("reportDatePrecision"),
                (Integer) figures.get("errorReportingWorkingDays"), (Integer) figures.get("deconflictionChecksPerDay"));
    }

    private static List<String> badFields(Map<String, Object> figures) {
        HumException e = assertThrows(HumException.class, () -> RuleProfileTuning.apply(US, tune(figures)));
        assertEquals(ErrorCode.INVALID_INPUT, e.code());
        assertTrue(e.getMessage().startsWith("The rule profile was not changed"), e.getMessage());
        return e.fieldErrors().stream().map(FieldError::field).toList();
    }

    @Test
    void choosingAnotherProfileTakesItsShippedFigures() {
        RuleProfile tunedUs = RuleProfileTuning.apply(US, tune(Map.of("oiaMaxDays", 60)));
        assertEquals(RuleProfiles.UK, RuleProfileTuning.apply(tunedUs, RuleProfileSettings.choose("uk")));
    }

    @Test
    void figuresLeftOutKeepTheTunedValuesOfTheProfileInForce() {
        RuleProfile tuned = RuleProfileTuning.apply(US, tune(Map.of("oiaMaxDays", 60)));
        RuleProfile again = RuleProfileTuning.apply(tuned, tune(Map.of("juvenileAge", 17)));
        assertEquals(60, again.oiaMaxDays());
        assertEquals(17, again.juvenileAge());
        assertEquals(US.authorisationPeriod(), again.authorisationPeriod());
    }

    @Test
    void everyFigureCanBeTuned() {
        RuleProfile t = RuleProfileTuning.apply(US, tune(Map.ofEntries(
                Map.entry("name", "Tuned"), Map.entry("grading", "UK_3X5X2"), Map.entry("authorisationPeriod", "P6M"),
                Map.entry("juvenileAuthorisationPeriod", "P3M"), Map.entry("urgentOralPeriod", "PT48H"),
                Map.entry("reviewInterval", "P2M"), Map.entry("juvenileReviewInterval", "P14D"),
                Map.entry("validationInterval", "P6M"), Map.entry("enhancedReviewAfter", "P4Y"),
                Map.entry("continuousUseGap", "P6M"), Map.entry("oiaMaxDays", 30), Map.entry("oiaNotificationDays", 5),
                Map.entry("instructionsInterval", "P6M"), Map.entry("juvenileAge", 18), Map.entry("appropriateAdultAge", 17),
                Map.entry("prospectContactThreshold", 2), Map.entry("prospectDayThreshold", 14),
                Map.entry("retentionAfterAuthorisation", "P4Y"), Map.entry("intelligenceRetention", "P3Y"),
                Map.entry("currency", "EUR"), Map.entry("seniorPaymentThreshold", new BigDecimal("1000.50")),
                Map.entry("headquartersPaymentThreshold", new BigDecimal("10000")),
                Map.entry("annualHeadquartersThreshold", new BigDecimal("50000")),
                Map.entry("lifetimeHeadquartersThreshold", new BigDecimal("90000")),
                Map.entry("tenureGamingWindowDays", 60))));
        assertEquals("US_FEDERAL", t.id());
        assertEquals("Tuned", t.name());
        assertEquals(RuleProfile.GradingScheme.UK_3X5X2, t.grading());
        assertEquals(Period.ofDays(14), t.juvenileReviewInterval());
        assertEquals(java.time.Duration.ofHours(48), t.urgentOralPeriod());
        assertEquals(30, t.oiaMaxDays());
        assertEquals(60, t.tenureGamingWindowDays());
        assertEquals("EUR", t.currency());
        assertEquals(new BigDecimal("1000.5"), t.seniorPaymentThreshold());
        // and it survives the stored form
        assertEquals(t, RuleProfileCodec.parse(t.id(), RuleProfileCodec.text(t)));
    }

    @Test
    void theTenureGamingWindowIsAFigureOfBothShippedProfilesTunableFromOneToThreeThousandSixHundredFiftyDays() {
        assertEquals(90, RuleProfiles.US_FEDERAL.tenureGamingWindowDays());
        assertEquals(90, RuleProfiles.UK.tenureGamingWindowDays());
        assertEquals(90, RuleProfileCodec.settings(RuleProfiles.UK).tenureGamingWindowDays());
        assertEquals(List.of("tenureGamingWindowDays"), badFields(Map.of("tenureGamingWindowDays", 0)));
        assertEquals(List.of("tenureGamingWindowDays"), badFields(Map.of("tenureGamingWindowDays", 3651)));
        assertEquals(1, RuleProfileTuning.apply(US, tune(Map.of("tenureGamingWindowDays", 1))).tenureGamingWindowDays());
        assertEquals(3650, RuleProfileTuning.apply(US, tune(Map.of("tenureGamingWindowDays", 3650))).tenureGamingWindowDays());
        // left out, it keeps the figure in force
        RuleProfile tuned = RuleProfileTuning.apply(US, tune(Map.of("tenureGamingWindowDays", 45)));
        assertEquals(45, RuleProfileTuning.apply(tuned, tune(Map.of("juvenileAge", 17))).tenureGamingWindowDays());
    }

    @Test
    void relevantErrorsAreReportedWithinTenWorkingDaysInBothShippedProfilesTunableFromOneToSixty() {
        assertEquals(10, RuleProfiles.UK.errorReportingWorkingDays());
        assertEquals(10, RuleProfiles.US_FEDERAL.errorReportingWorkingDays());
        assertEquals(List.of("errorReportingWorkingDays"), badFields(Map.of("errorReportingWorkingDays", 0)));
        assertEquals(List.of("errorReportingWorkingDays"), badFields(Map.of("errorReportingWorkingDays", 61)));
        RuleProfile tuned = RuleProfileTuning.apply(US, tune(Map.of("errorReportingWorkingDays", 5)));
        assertEquals(5, tuned.errorReportingWorkingDays());
        assertEquals(tuned, RuleProfileCodec.parse(tuned.id(), RuleProfileCodec.text(tuned)));
        String older = RuleProfileCodec.text(tuned).replaceAll("(?m)^errorReportingWorkingDays=.*\n", "");
        assertEquals(10, RuleProfileCodec.parse(tuned.id(), older).errorReportingWorkingDays(),
                "a profile stored before the figure existed reads with the shipped ten");
    }

    @Test
    void deconflictionChecksAreTenADayInBothShippedProfilesTunableFromOneToTwoHundred() {
        assertEquals(10, RuleProfiles.UK.deconflictionChecksPerDay());
        assertEquals(10, RuleProfiles.US_FEDERAL.deconflictionChecksPerDay());
        assertEquals(List.of("deconflictionChecksPerDay"), badFields(Map.of("deconflictionChecksPerDay", 0)));
        assertEquals(List.of("deconflictionChecksPerDay"), badFields(Map.of("deconflictionChecksPerDay", 201)));
        RuleProfile tuned = RuleProfileTuning.apply(US, tune(Map.of("deconflictionChecksPerDay", 200)));
        assertEquals(200, tuned.deconflictionChecksPerDay());
        assertEquals(tuned, RuleProfileCodec.parse(tuned.id(), RuleProfileCodec.text(tuned)));
        String older = RuleProfileCodec.text(tuned).replaceAll("(?m)^deconflictionChecksPerDay=.*\n", "");
        assertEquals(10, RuleProfileCodec.parse(tuned.id(), older).deconflictionChecksPerDay(),
                "a profile stored before the figure existed reads with the shipped ten");
    }

    @Test
    void aProfileStoredBeforeTheTenureWindowWasAFigureReadsWithTheShippedWindow() {
        RuleProfile tuned = RuleProfileTuning.apply(US, tune(Map.of("oiaMaxDays", 60)));
        String older = RuleProfileCodec.text(tuned).replaceAll("(?m)^tenureGamingWindowDays=.*\n", "");
        assertTrue(!older.contains("tenureGamingWindowDays"), older);
        RuleProfile read = RuleProfileCodec.parse(tuned.id(), older);
        assertEquals(90, read.tenureGamingWindowDays());
        assertEquals(60, read.oiaMaxDays());
        assertTrue(RuleProfileCodec.text(RuleProfiles.UK).contains("tenureGamingWindowDays=90\n"));
    }

    @Test
    void anUnknownProfileIsRefusedNamingTheChoices() {
        HumException e = assertThrows(HumException.class,
                () -> RuleProfileTuning.apply(US, RuleProfileSettings.choose("MARS")));
        assertEquals(ErrorCode.INVALID_INPUT, e.code());
        assertEquals("profile", e.fieldErrors().get(0).field());
        assertTrue(e.getMessage().contains("US_FEDERAL") && e.getMessage().contains("UK"), e.getMessage());
        assertEquals("profile", assertThrows(HumException.class,
                () -> RuleProfileTuning.apply(US, RuleProfileSettings.choose(" "))).fieldErrors().get(0).field());
        assertThrows(HumException.class, () -> RuleProfileTuning.apply(US, null));
    }

    @Test
    void periodsMustBeIsoPositiveAndBounded() {
        for (String bad : List.of("12 months", "P0M", "P0D", "-P1M", "P1Y-1M", "PT72H", "P101Y", "P999999999Y", "")) {
            assertEquals(List.of("validationInterval"), badFields(Map.of("validationInterval", bad)), bad);
        }
    }

    @Test
    void theUrgentOralPeriodIsAPositiveDurationOfAtMostThirtyDays() {
        for (String bad : List.of("PT0H", "-PT1H", "PT721H", "72h")) {
            assertEquals(List.of("urgentOralPeriod"), badFields(Map.of("urgentOralPeriod", bad)), bad);
        }
        assertEquals(java.time.Duration.ofHours(720),
                RuleProfileTuning.apply(US, tune(Map.of("urgentOralPeriod", "PT720H"))).urgentOralPeriod());
    }

    @Test
    void oiaDaysStayWithinNinety() {
        assertEquals(List.of("oiaMaxDays"), badFields(Map.of("oiaMaxDays", 0)));
        assertEquals(List.of("oiaMaxDays"), badFields(Map.of("oiaMaxDays", 91)));
        assertEquals(90, RuleProfileTuning.apply(US, tune(Map.of("oiaMaxDays", 90))).oiaMaxDays());
        assertEquals(1, RuleProfileTuning.apply(US, tune(Map.of("oiaMaxDays", 1))).oiaMaxDays());
        assertEquals(List.of("oiaNotificationDays"), badFields(Map.of("oiaNotificationDays", -1)));
        assertEquals(0, RuleProfileTuning.apply(RuleProfiles.UK, new RuleProfileSettings("UK", null, null, null, null, null,
                null, null, null, null, null, null, 0, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null)).oiaNotificationDays());
    }

    @Test
    void theJuvenileAgeIsAtLeastTheAppropriateAdultAge() {
        assertEquals(List.of("juvenileAge"), badFields(Map.of("juvenileAge", 15)));
        assertEquals(List.of("juvenileAge"), badFields(Map.of("appropriateAdultAge", 19)));
        assertEquals(16, RuleProfileTuning.apply(US, tune(Map.of("juvenileAge", 16))).juvenileAge());
        assertEquals(List.of("appropriateAdultAge"), badFields(Map.of("appropriateAdultAge", 0)));
        assertEquals(List.of("juvenileAge"), badFields(Map.of("juvenileAge", 26)));
    }

    @Test
    void periodsRelateSensibly() {
        assertEquals(List.of("juvenileAuthorisationPeriod"), badFields(Map.of("juvenileAuthorisationPeriod", "P13M")));
        assertEquals(List.of("reviewInterval"), badFields(Map.of("reviewInterval", "P2Y")));
        assertEquals(List.of("juvenileReviewInterval"), badFields(Map.of("juvenileReviewInterval", "P4M")));
        assertEquals(List.of("continuousUseGap"), badFields(Map.of("continuousUseGap", "P5Y")));
    }

    @Test
    void paymentFiguresArePositiveAndOrdered() {
        assertEquals(List.of("seniorPaymentThreshold"), badFields(Map.of("seniorPaymentThreshold", BigDecimal.ZERO)));
        assertEquals(List.of("seniorPaymentThreshold"), badFields(Map.of("seniorPaymentThreshold", new BigDecimal("-5"))));
        assertEquals(List.of("seniorPaymentThreshold"), badFields(Map.of("seniorPaymentThreshold", new BigDecimal("1.005"))));
        assertEquals(List.of("seniorPaymentThreshold"), badFields(Map.of("seniorPaymentThreshold", new BigDecimal("25000"))));
        assertEquals(List.of("headquartersPaymentThreshold"),
                badFields(Map.of("headquartersPaymentThreshold", new BigDecimal("100001"))));
        assertEquals(List.of("annualHeadquartersThreshold"),
                badFields(Map.of("annualHeadquartersThreshold", new BigDecimal("200001"))));
        assertEquals(List.of("currency"), badFields(Map.of("currency", "usd")));
        assertEquals(List.of("currency"), badFields(Map.of("currency", "XYZ")));
    }

    @Test
    void namesAndGradingAreChecked() {
        assertEquals(List.of("name"), badFields(Map.of("name", "")));
        assertEquals(List.of("name"), badFields(Map.of("name", "x".repeat(81))));
        assertEquals(List.of("name"), badFields(Map.of("name", "bad\nname")));
        assertEquals(List.of("grading"), badFields(Map.of("grading", "STARS")));
    }

    @Test
    void everyFaultIsNamedAtOnce() {
        assertEquals(List.of("urgentOralPeriod", "oiaMaxDays", "currency"),
                badFields(Map.of("oiaMaxDays", 120, "currency", "??", "urgentOralPeriod", "soon")));
    }

    @Test
    void aRequestChangingNothingGivesTheSameProfile() {
        RuleProfile same = RuleProfileTuning.apply(US, RuleProfileSettings.choose("US_FEDERAL"));
        assertEquals(US, same);
        assertEquals(US, RuleProfileTuning.apply(US, RuleProfileCodec.settings(US)));
    }

    /** Seeded random tunings: whatever is accepted is a valid profile that survives the stored form. */
    @Test
    void acceptedTuningsAlwaysKeepTheirInvariants() {
        Random random = new Random(20261128L);
        int accepted = 0;
        for (int i = 0; i < 2000; i++) {
            int juvenile = random.nextInt(30) - 2;
            int adult = random.nextInt(30) - 2;
            int oia = random.nextInt(100) - 5;
            String review = "P" + (random.nextInt(15) - 1) + "M";
            try {
                RuleProfile p = RuleProfileTuning.apply(US, tune(Map.of("juvenileAge", juvenile,
                        "appropriateAdultAge", adult, "oiaMaxDays", oia, "reviewInterval", review)));
                accepted++;
                assertTrue(p.juvenileAge() >= p.appropriateAdultAge() && p.appropriateAdultAge() >= 1);
                assertTrue(p.oiaMaxDays() >= 1 && p.oiaMaxDays() <= 90);
                assertTrue(!RuleProfileTuning.longer(p.reviewInterval(), p.authorisationPeriod()));
                assertEquals(p, RuleProfileCodec.parse(p.id(), RuleProfileCodec.text(p)));
            } catch (HumException e) {
                assertTrue(!e.fieldErrors().isEmpty());
            }
        }
        assertTrue(accepted > 50, "the loop should accept some tunings: " + accepted);
    }

    @Test
    void theShippedProfilesSurviveTheStoredForm() {
        for (RuleProfile p : RuleProfiles.SHIPPED) {
            assertEquals(p, RuleProfileCodec.parse(p.id(), RuleProfileCodec.text(p)));
        }
        assertSame(RuleProfiles.UK, RuleProfiles.shipped(" uk ").orElseThrow());
    }
}
