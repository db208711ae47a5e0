package org.hum;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.hum.archfixture.a.Alpha;
import org.hum.archfixture.b.Beta;
import org.hum.archfixture.c.boundary.Gamma;
import org.hum.archfixture.c.control.Delta;
import org.hum.crypto.archfixture.UpwardKernel;
import org.hum.crypto.control.DataKey;
import org.hum.source.entity.Source;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The architecture rules bite: run over small fixtures that break them on purpose. */
class ArchitectureRulesTest {
    /** The fixture's packages a, b and c stand for feature packages. */
    static final String FIXTURE = "org.hum.archfixture";

    @Test
    void theCycleRuleFailsOnTwoPackagesThatImportEachOther() {
        JavaClasses cycle = new ClassFileImporter().importClasses(Alpha.class, Beta.class);
        EvaluationResult result = ArchitectureRules.featuresFreeOfCycles(FIXTURE).evaluate(cycle);
        assertTrue(result.hasViolation(), "a -> b -> a is a cycle");
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertTrue(report.contains("Slice a") && report.contains("Slice b"), report);
    }

    @Test
    void theCycleRulePassesWhenOnlyOneDirectionRemains() {
        JavaClasses oneWay = new ClassFileImporter().importClasses(Delta.class, Gamma.class);
        assertFalse(ArchitectureRules.featuresFreeOfCycles(FIXTURE).evaluate(oneWay).hasViolation());
    }

    @Test
    void theControlRuleFailsOnAControlThatCallsABoundary() {
        JavaClasses classes = new ClassFileImporter().importClasses(Delta.class, Gamma.class);
        assertTrue(ArchitectureRules.noControlCallsABoundary().evaluate(classes).hasViolation());
    }

    @Test
    void theUiPathScanFindsAnXhtmlConstant() {
        List<Path> found = ArchitectureRules.classesWithUiPaths(Path.of("target", "test-classes", "org", "hum", "archfixture"));
        assertEquals(List.of(Path.of("target", "test-classes", "org", "hum", "archfixture", "c", "boundary", "Gamma.class")), found);
    }

    @Test
    void theTierRuleFailsOnAKernelClassThatLooksUp() {
        // a class under crypto (kernel) that uses source (the file) breaks the tiers
        JavaClasses classes = new ClassFileImporter().importClasses(DataKey.class, Source.class, UpwardKernel.class);
        assertTrue(ArchitectureRules.tiers().evaluate(classes).hasViolation());
    }
}
