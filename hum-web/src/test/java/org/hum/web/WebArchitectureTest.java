package org.hum.web;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web tier's floor plan (docs/architecture.md): packages by feature under
 * {@code org.hum.web}, no cycle between them, and no use of a hum-ejb control: the web tier
 * reaches the core through its boundaries only.
 */
class WebArchitectureTest {
    private static JavaClasses web;

    /** No class of the web tier depends on a control of hum-ejb. */
    static final ArchRule NO_CONTROL = noClasses().that().resideInAPackage("org.hum.web..")
            .should().dependOnClassesThat().resideInAPackage("org.hum..control..")
            .because("the web tier calls the core through its boundaries, never its controls");

    /** The feature packages (and platform) form no cycle. */
    static final ArchRule NO_CYCLE = slices().matching("org.hum.web.(*)..").should().beFreeOfCycles();

    @BeforeAll
    static void importWebTier() {
        web = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.hum.web");
        assertTrue(web.size() > 60, "the web tier's classes were found: " + web.size());
    }

    @Test
    void theWebTierUsesNoControl() {
        NO_CONTROL.check(web);
    }

    @Test
    void featurePackagesFormNoCycle() {
        NO_CYCLE.check(web);
    }

    /** The rules are not vacuous: a cycle and a use of a control among test fixtures fail them. */
    @Test
    void theRulesFailOnWhatTheyForbid() {
        JavaClasses fixtures = new ClassFileImporter().importPackages("org.hum.web.fixture");
        assertFalse(slices().matching("org.hum.web.fixture.(*)..").should().beFreeOfCycles()
                .evaluate(fixtures).getFailureReport().isEmpty(), "a cycle between two feature packages fails the rule");
        assertFalse(NO_CONTROL.evaluate(fixtures).getFailureReport().isEmpty(), "a use of a control fails the rule");
    }
}
