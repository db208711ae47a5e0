package org.hum.contact.control;

import org.hum.api.contact.ContactMethod;
import org.hum.api.contact.ContactReportRequest;
import org.hum.api.contact.IntelligenceItemInput;
import org.hum.api.contact.OtherPresent;
import org.hum.api.contact.PresentRole;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.api.error.RuleViolation;
import org.hum.api.rules.GuardedAction;
import org.hum.api.source.SourceStatus;
import org.hum.api.tasking.TaskingStatus;
import org.hum.rules.control.AuthorisationStanding;
import org.hum.rules.control.Circumstances;
import org.hum.rules.control.LifecycleRules;
import org.hum.rules.control.PolicyFacts;
import org.hum.rules.control.Refusal;
import org.hum.rules.control.RuleProfile.GradingScheme;
import org.hum.rules.control.RuleProfiles;
import org.hum.rules.control.SourceCategories;
import org.hum.rules.control.SourceStanding;
import org.hum.tasking.control.TaskingRegister.TaskingFact;
import org.hum.rules.control.ValidationStanding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every rule of {@link ContactRules}, each boundary before, at and after. */
class ContactRulesTest {
    private static final Instant NOW = Instant.parse("2027-03-15T10:00:00Z");
    private static final String SOURCE = "11111111-1111-1111-1111-111111111111";
    private static final String OTHER_SOURCE = "22222222-2222-2222-2222-222222222222";

    static ContactReportRequest report(Instant occurredAt, Instant next, List<IntelligenceItemInput> items,
                                       List<OtherPresent> others, boolean welfare, String welfareText) {
        return new ContactReportRequest(occurredAt, ContactMethod.MEETING, "Cafe Lisboa, table 4", 45,
                "Met as arranged; the source described the courier's route.", List.of("officer1"), others, items,
                welfare, welfareText, false, null, next, null, null);
    }

    static ContactReportRequest simple() {
        return report(NOW.minusSeconds(3600), NOW.plus(Duration.ofDays(7)),
                List.of(new IntelligenceItemInput("Courier uses the north road", "2", null, null, null)), List.of(), false, null);
    }

    // ---- what a submission must say ----

    @Test
    void aValidReportPassesAndItsGradesAreNormalised() {
        var grades = ContactRules.requireSubmittable(report(NOW.minusSeconds(60), null,
                List.of(new IntelligenceItemInput("x", " 3 ", null, null, null)), List.of(), false, null), GradingScheme.NATO_ADMIRALTY, NOW);
        assertEquals("3", grades.get(0).credibility());
        assertEquals(null, grades.get(0).handling());
    }

    @Test
    void theContactMayBeNowButNotAMomentLater() {
        ContactRules.requireSubmittable(report(NOW, null, List.of(), List.of(), false, null), GradingScheme.NATO_ADMIRALTY, NOW);
        HumException e = assertThrows(HumException.class, () -> ContactRules.requireSubmittable(
                report(NOW.plusMillis(1), null, List.of(), List.of(), false, null), GradingScheme.NATO_ADMIRALTY, NOW));
        assertEquals("occurredAt", e.fieldErrors().get(0).field());
    }

    @Test
    void theNextContactComesAfterTheOneReported() {
        Instant at = NOW.minusSeconds(3600);
        assertThrows(HumException.class, () -> ContactRules.requireSubmittable(
                report(at, at.minusSeconds(1), List.of(), List.of(), false, null), GradingScheme.NATO_ADMIRALTY, NOW));
        HumException same = assertThrows(HumException.class, () -> ContactRules.requireSubmittable(
                report(at, at, List.of(), List.of(), false, null), GradingScheme.NATO_ADMIRALTY, NOW));
        assertEquals("nextContactAt", same.fieldErrors().get(0).field());
        ContactRules.requireSubmittable(report(at, at.plusSeconds(1), List.of(), List.of(), false, null),
                GradingScheme.NATO_ADMIRALTY, NOW);
    }

    @Test
    void aRaisedConcernSaysWhatItIs() {
        HumException e = assertThrows(HumException.class, () -> ContactRules.requireSubmittable(
                report(NOW.minusSeconds(60), null, List.of(), List.of(), true, "  "), GradingScheme.NATO_ADMIRALTY, NOW));
        assertEquals("welfareText", e.fieldErrors().get(0).field());
        ContactRules.requireSubmittable(report(NOW.minusSeconds(60), null, List.of(), List.of(), true, "Threatened by a cousin"),
                GradingScheme.NATO_ADMIRALTY, NOW);
        ContactRules.requireSubmittable(report(NOW.minusSeconds(60), null, List.of(), List.of(), false, null),
                GradingScheme.NATO_ADMIRALTY, NOW);
    }

    // ---- item grades, in the deployment's scheme ----

    @Test
    void natoItemsTakeCredibilityOneToSixAndNoHandlingCode() {
        for (String ok : List.of("1", "6")) {
            assertEquals(ok, ContactRules.requireGrade(GradingScheme.NATO_ADMIRALTY, item(ok, null), 0).credibility());
        }
        HumException seven = assertThrows(HumException.class,
                () -> ContactRules.requireGrade(GradingScheme.NATO_ADMIRALTY, item("7", null), 2));
        assertEquals("items[2].credibility", seven.fieldErrors().get(0).field());
        assertThrows(HumException.class, () -> ContactRules.requireGrade(GradingScheme.NATO_ADMIRALTY, item("A", null), 0));
        HumException handling = assertThrows(HumException.class,
                () -> ContactRules.requireGrade(GradingScheme.NATO_ADMIRALTY, item("2", "P"), 1));
        assertEquals("items[1].handling", handling.fieldErrors().get(0).field());
    }

    @Test
    void ukItemsTakeCredibilityAToEAndNeedAHandlingCode() {
        var g = ContactRules.requireGrade(GradingScheme.UK_3X5X2, item("b", "c"), 0);
        assertEquals("B", g.credibility());
        assertEquals("C", g.handling());
        assertThrows(HumException.class, () -> ContactRules.requireGrade(GradingScheme.UK_3X5X2, item("F", "P"), 0));
        HumException noHandling = assertThrows(HumException.class,
                () -> ContactRules.requireGrade(GradingScheme.UK_3X5X2, item("A", null), 0));
        assertEquals("items[0].handling", noHandling.fieldErrors().get(0).field());
        assertThrows(HumException.class, () -> ContactRules.requireGrade(GradingScheme.UK_3X5X2, item("A", "X"), 0));
    }

    @Test
    void everyBadItemIsNamedAtOnce() {
        HumException e = assertThrows(HumException.class, () -> ContactRules.requireSubmittable(report(NOW.minusSeconds(60),
                null, List.of(item("9", null), item("2", null), item("0", null)), List.of(), false, null),
                GradingScheme.NATO_ADMIRALTY, NOW));
        assertEquals(List.of("items[0].credibility", "items[2].credibility"),
                e.fieldErrors().stream().map(f -> f.field()).toList());
    }

    private static IntelligenceItemInput item(String credibility, String handling) {
        return new IntelligenceItemInput("text", credibility, handling, null, null);
    }

    // ---- the appropriate adult, through the lifecycle policy's own evaluation ----

    private static List<String> contactRefusals(int age, List<OtherPresent> others) {
        PolicyFacts facts = new PolicyFacts(new SourceStanding.Standing(SourceStatus.ACTIVE, NOW.minus(Duration.ofDays(9)), false),
                new ValidationStanding.ValidationFacts(Optional.empty(), Optional.empty(), false),
                new AuthorisationStanding.AuthorisationFacts(Optional.empty(), Optional.empty()),
                new SourceCategories.CategoryFacts(Set.of(), OptionalInt.of(age)));
        return LifecycleRules.evaluate(GuardedAction.RECORD_CONTACT, facts, RuleProfiles.US_FEDERAL, NOW,
                Circumstances.contact(ContactRules.appropriateAdultPresent(others))).stream().map(Refusal::rule).toList();
    }

    @Test
    void underSixteenAnAppropriateAdultAmongThosePresentIsRequired() {
        int age = RuleProfiles.US_FEDERAL.appropriateAdultAge();
        assertEquals(16, age);
        List<OtherPresent> interpreter = List.of(new OtherPresent(PresentRole.INTERPRETER, "Interpreter, Spanish"));
        List<OtherPresent> adult = List.of(new OtherPresent(PresentRole.INTERPRETER, "Interpreter"),
                new OtherPresent(PresentRole.APPROPRIATE_ADULT, "The source's aunt"));
        assertEquals(List.of("juvenile.appropriate-adult"), contactRefusals(age - 1, List.of()));
        assertEquals(List.of("juvenile.appropriate-adult"), contactRefusals(age - 1, interpreter));
        assertEquals(List.of(), contactRefusals(age - 1, adult));
        assertEquals(List.of(), contactRefusals(age, List.of()), "sixteen: no adult needed");
        assertEquals(List.of(), contactRefusals(age + 1, List.of()));
    }

    @Test
    void anAppropriateAdultMustBeDescribed() {
        assertFalse(ContactRules.appropriateAdultPresent(List.of(new OtherPresent(PresentRole.APPROPRIATE_ADULT, " "))));
        assertFalse(ContactRules.appropriateAdultPresent(List.of(new OtherPresent(PresentRole.OTHER, "aunt"))));
        assertFalse(ContactRules.appropriateAdultPresent(null));
        assertTrue(ContactRules.appropriateAdultPresent(List.of(new OtherPresent(PresentRole.APPROPRIATE_ADULT, "aunt"))));
    }

    // ---- the tasking an item answers ----

    @Test
    void anUnknownTaskingAndOneOfAnotherSourceAreRefusedAlike() {
        RuleViolation unknown = assertThrows(RuleViolation.class,
                () -> ContactRules.requireTasking(Optional.empty(), SOURCE, 0));
        RuleViolation other = assertThrows(RuleViolation.class, () -> ContactRules.requireTasking(
                Optional.of(new TaskingFact("t1", OTHER_SOURCE, "T-2027-0001", TaskingStatus.ISSUED, null)), SOURCE, 0));
        assertEquals("contact.tasking-of-source", unknown.rule());
        assertEquals(unknown.rule(), other.rule());
        assertEquals(unknown.getMessage(), other.getMessage(), "nothing is said of the other file");
        assertEquals(422, unknown.code().status());
    }

    @ParameterizedTest
    @EnumSource(TaskingStatus.class)
    void onlyAnOpenTaskingCanBeAnswered(TaskingStatus status) {
        var fact = Optional.of(new TaskingFact("t1", SOURCE, "T-2027-0001", status, null));
        if (status.open()) {
            assertEquals("t1", ContactRules.requireTasking(fact, SOURCE, 0).id());
        } else {
            RuleViolation v = assertThrows(RuleViolation.class, () -> ContactRules.requireTasking(fact, SOURCE, 0));
            assertEquals("contact.tasking-open", v.rule());
            assertTrue(v.getMessage().contains("T-2027-0001"), v.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(TaskingStatus.class)
    void aCorrectionKeepsTheTaskingItsItemAnsweredThoughItHasEndedButNamesNoOtherEndedOne(TaskingStatus status) {
        var fact = Optional.of(new TaskingFact("t1", SOURCE, "T-2027-0001", status, null));
        assertEquals("t1", ContactRules.requireTasking(fact, SOURCE, 0, java.util.Set.of("t1")).id());
        if (!status.open()) {
            RuleViolation v = assertThrows(RuleViolation.class,
                    () -> ContactRules.requireTasking(fact, SOURCE, 0, java.util.Set.of("t2")));
            assertEquals("contact.tasking-open", v.rule());
        }
        var foreign = Optional.of(new TaskingFact("t1", "another-source", "T-2027-0002", status, null));
        assertEquals("contact.tasking-of-source", assertThrows(RuleViolation.class,
                () -> ContactRules.requireTasking(foreign, SOURCE, 0, java.util.Set.of("t1"))).rule(),
                "kept or not, a tasking of another source is never answered");
    }

    // ---- idempotency ----

    @Test
    void theSameReportHasTheSameFingerprintWhateverItsKeyOrDraft() {
        ContactReportRequest r = simple();
        assertEquals(ContactRules.fingerprint(r, null), ContactRules.fingerprint(r.withKeys("k-1", "draft-1"), null));
        ContactRules.requireSameSubmission(ContactRules.fingerprint(r, null), ContactRules.fingerprint(r.withKeys("k", null), null));
    }

    @Test
    void aDifferentReportUnderTheSameKeyIsRefused() {
        ContactReportRequest r = simple();
        ContactReportRequest changed = new ContactReportRequest(r.occurredAt(), r.method(), r.place(), r.durationMinutes(),
                r.narrative() + " And more.", r.presentUsers(), r.othersPresent(), r.items(), false, null, false, null,
                r.nextContactAt(), null, null);
        ContactReportRequest otherGrade = new ContactReportRequest(r.occurredAt(), r.method(), r.place(), r.durationMinutes(),
                r.narrative(), r.presentUsers(), r.othersPresent(), List.of(item("3", null)), false, null, false, null,
                r.nextContactAt(), null, null);
        assertNotEquals(ContactRules.fingerprint(r, null), ContactRules.fingerprint(changed, null));
        assertNotEquals(ContactRules.fingerprint(r, null), ContactRules.fingerprint(otherGrade, null));
        assertNotEquals(ContactRules.fingerprint(r, null), ContactRules.fingerprint(r, "a correction"));
        RuleViolation v = assertThrows(RuleViolation.class, () -> ContactRules.requireSameSubmission(
                ContactRules.fingerprint(r, null), ContactRules.fingerprint(changed, null)));
        assertEquals("contact.idempotency-key-reused", v.rule());
        assertEquals(ErrorCode.UNPROCESSABLE, v.code());
        assertThrows(RuleViolation.class, () -> ContactRules.requireSameSubmission(null, ContactRules.fingerprint(r, null)));
    }

    @Test
    void fieldBoundariesDoNotRunTogether() {
        ContactReportRequest a = new ContactReportRequest(NOW, ContactMethod.CALL, "ab", 1, "c", List.of(), List.of(), List.of(),
                false, null, false, null, null, null, null);
        ContactReportRequest b = new ContactReportRequest(NOW, ContactMethod.CALL, "a", 1, "bc", List.of(), List.of(), List.of(),
                false, null, false, null, null, null, null);
        assertNotEquals(ContactRules.fingerprint(a, null), ContactRules.fingerprint(b, null));
    }

    @Test
    void theKeyComesFromTheHeaderOrTheFieldAndBothMustAgree() {
        assertEquals(null, ContactRules.idempotencyKey(null, " "));
        assertEquals("k1", ContactRules.idempotencyKey("k1", null));
        assertEquals("k1", ContactRules.idempotencyKey(null, "k1"));
        assertEquals("k1", ContactRules.idempotencyKey("k1", "k1"));
        HumException e = assertThrows(HumException.class, () -> ContactRules.idempotencyKey("k1", "k2"));
        assertEquals("idempotencyKey", e.fieldErrors().get(0).field());
        assertEquals("x".repeat(128), ContactRules.idempotencyKey("x".repeat(128), null));
        assertThrows(HumException.class, () -> ContactRules.idempotencyKey("x".repeat(129), null));
        assertThrows(HumException.class, () -> ContactRules.idempotencyKey("a key", null));
    }

    @Test
    void aDraftIdIsShortAndPlain() {
        assertEquals("draft-1_a.b", ContactRules.requireClientId("draft-1_a.b"));
        ContactRules.requireClientId("d".repeat(64));
        assertThrows(HumException.class, () -> ContactRules.requireClientId("d".repeat(65)));
        assertThrows(HumException.class, () -> ContactRules.requireClientId("../x"));
        assertThrows(HumException.class, () -> ContactRules.requireClientId(""));
        assertThrows(HumException.class, () -> ContactRules.requireClientId(null));
    }

    // ---- concerns, versions ----

    @Test
    void aConcernIsRaisedOnceNotAgainByACorrectionThatRepeatsIt() {
        assertTrue(ContactRules.raises(true, "threat", false, null));
        assertFalse(ContactRules.raises(false, null, false, null));
        assertFalse(ContactRules.raises(true, "threat ", true, "threat"), "the same concern repeated by a correction");
        assertTrue(ContactRules.raises(true, "a new threat", true, "threat"));
        assertFalse(ContactRules.raises(false, null, true, "threat"), "withdrawn by a correction: nothing raised");
        assertEquals(2, ContactRules.nextVersion(1));
    }

    // ---- due contacts, contacts without a report, stale drafts ----

    private static ContactRules.Contact contact(String id, String source, String occurred, String next) {
        return new ContactRules.Contact(id, id, source, Instant.parse(occurred), next == null ? null : Instant.parse(next));
    }

    @Test
    void theNextContactIsDueFromTheLatestContactUntilALaterOneIsReported() {
        var first = contact("a", SOURCE, "2027-03-01T10:00:00Z", "2027-03-08T10:00:00Z");
        assertEquals("a", ContactRules.due(List.of(first)).orElseThrow().id());
        var later = contact("b", SOURCE, "2027-03-08T11:00:00Z", null);
        assertTrue(ContactRules.due(List.of(first, later)).isEmpty(), "a later contact planned nothing");
        var laterPlanning = contact("c", SOURCE, "2027-03-08T11:00:00Z", "2027-03-20T09:00:00Z");
        assertEquals("c", ContactRules.due(List.of(laterPlanning, first)).orElseThrow().id());
    }

    @Test
    void aPlannedContactIsWithoutReportOnlyOnceItsDayHasPassed() {
        var planner = contact("a", SOURCE, "2027-03-01T10:00:00Z", "2027-03-08T10:00:00Z");
        assertTrue(ContactRules.withoutReport(List.of(planner), LocalDate.parse("2027-03-08")).isEmpty(), "on the day");
        assertEquals(List.of(planner), ContactRules.withoutReport(List.of(planner), LocalDate.parse("2027-03-09")));
        var onTheDay = contact("b", SOURCE, "2027-03-08T07:00:00Z", null);
        assertTrue(ContactRules.withoutReport(List.of(planner, onTheDay), LocalDate.parse("2027-03-20")).isEmpty(),
                "a contact on the planned day (even earlier that day) counts");
        var dayBefore = contact("c", SOURCE, "2027-03-07T23:59:59Z", null);
        assertEquals(List.of(planner), ContactRules.withoutReport(List.of(planner, dayBefore), LocalDate.parse("2027-03-20")));
        var otherSource = contact("d", OTHER_SOURCE, "2027-03-10T10:00:00Z", null);
        assertEquals(List.of(planner), ContactRules.withoutReport(List.of(planner, otherSource), LocalDate.parse("2027-03-20")));
    }

    @Test
    void aDraftIsStaleAfterTwoDays() {
        Instant created = NOW.minus(ContactRules.DRAFT_STALE_AFTER);
        assertFalse(ContactRules.staleDraft(created, NOW), "exactly two days");
        assertTrue(ContactRules.staleDraft(created.minusSeconds(1), NOW));
        assertFalse(ContactRules.staleDraft(created.plusSeconds(1), NOW));
    }
}
