package org.hum.web.deconfliction;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.hum.api.deconfliction.DeconflictionAnswer;
import org.hum.api.deconfliction.DeconflictionCheck;
import org.hum.api.error.HumException;
import org.hum.deconfliction.boundary.DeconflictionChecks;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A check answers no sooner than the floor, whichever way the web tier makes it (docs/domain.md,
 * "Deconfliction (step 2)"): the page and the REST resource both go through {@link CheckFloor},
 * and nothing else in the web tier calls the boundary's check.
 */
class CheckFloorTest {
    private static final DeconflictionCheck CHECK = new DeconflictionCheck("PROSPECT",
            "00000000-0000-0000-0000-000000000001", null, null, "+15205550100", null, null);

    /** Only the floor makes a check: a page or resource that called the boundary itself would skip it. */
    static final ArchRule ONLY_THE_FLOOR_CHECKS = noClasses().that().resideInAPackage("org.hum.web..")
            .and().doNotHaveSimpleName("CheckFloor")
            .should().callMethod(DeconflictionChecks.class, "check", DeconflictionCheck.class)
            .because("a deconfliction check answers no sooner than the floor, on the page as over REST");

    @Test
    void aQuickAnswerWaitsForTheFloor() {
        CheckFloor floor = new CheckFloor();
        floor.checks = answering(() -> new DeconflictionAnswer("c1", DeconflictionAnswer.REFERRED));
        long start = System.nanoTime();
        DeconflictionAnswer answer = floor.check(CHECK);
        long took = System.nanoTime() - start;
        assertEquals("c1", answer.checkId());
        assertTrue(took >= CheckFloor.ANSWER_FLOOR_NANOS, "answered in " + TimeUnit.NANOSECONDS.toMillis(took) + " ms");
    }

    @Test
    void theWorkToldLeavesTheFloorOutAndTheAnswerStillWaits() {
        CheckFloor floor = new CheckFloor();
        floor.checks = answering(() -> new DeconflictionAnswer("c2", DeconflictionAnswer.REFERRED));
        long[] work = {-1};
        long start = System.nanoTime();
        floor.check(CHECK, w -> work[0] = w);
        long took = System.nanoTime() - start;
        assertTrue(work[0] >= 0 && work[0] < CheckFloor.ANSWER_FLOOR_NANOS, "work told: " + work[0] + " ns");
        assertTrue(took >= CheckFloor.ANSWER_FLOOR_NANOS, "answered in " + TimeUnit.NANOSECONDS.toMillis(took) + " ms");
    }

    @Test
    void aRefusalIsThrownAsItComes() {
        CheckFloor floor = new CheckFloor();
        floor.checks = answering(() -> {
            throw HumException.invalid("phoneNumber", "must start with +");
        });
        assertThrows(HumException.class, () -> floor.check(CHECK));
    }

    @Test
    void thePageAndTheResourceCheckThroughTheFloorOnly() {
        JavaClasses web = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.hum.web");
        ONLY_THE_FLOOR_CHECKS.check(web);
        // not vacuous: the floor calls the boundary, and the page and the resource call the floor
        classes().that().haveSimpleName("CheckFloor").should()
                .callMethod(DeconflictionChecks.class, "check", DeconflictionCheck.class).check(web);
        classes().that().haveSimpleName("ChecksPage").should().callMethod(CheckFloor.class, "check", DeconflictionCheck.class)
                .check(web);
        classes().that().haveSimpleName("DeconflictionResource").should()
                .callMethod(CheckFloor.class, "check", DeconflictionCheck.class, LongConsumer.class).check(web);
        JavaClasses withBypass = new ClassFileImporter().importClasses(CheckFloor.class, Bypass.class, DeconflictionChecks.class);
        assertFalse(ONLY_THE_FLOOR_CHECKS.evaluate(withBypass).getFailureReport().isEmpty(),
                "a class that calls the boundary's check itself fails the rule");
    }

    private static DeconflictionChecks answering(java.util.function.Supplier<DeconflictionAnswer> answer) {
        return new DeconflictionChecks() {
            @Override
            public DeconflictionAnswer check(DeconflictionCheck check) {
                return answer.get();
            }
        };
    }

    /** What the rule forbids: a check made without the floor. */
    static final class Bypass {
        DeconflictionAnswer check(DeconflictionChecks checks) {
            return checks.check(CHECK);
        }
    }
}
