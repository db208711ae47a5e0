package org.hum;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * hum-ejb's floor plan as rules (docs/architecture.md, "Tiers of the core"). Each tier only looks down:
 * <ol>
 *   <li>kernel: crypto, config (configuration, clocks, the rule clock), access (labels, viewers, users,
 *       compartments, tokens), audit;</li>
 *   <li>rules: the rule profile, the policy and deadlines, and the ports features
 *       implement for shared views (attention);</li>
 *   <li>the file: keys, then source;</li>
 *   <li>the lifecycle features, each publishing its read port in its own package;</li>
 *   <li>composition: dashboards, administration, login, start-up and health.</li>
 * </ol>
 * Kept apart from the test that applies them, so that {@code ArchitectureRulesTest} can show they bite.
 */
public final class ArchitectureRules {
    public static final String[] KERNEL = {"org.hum.crypto..", "org.hum.config..", "org.hum.access..", "org.hum.audit.."};
    public static final String[] RULES = {"org.hum.rules..", "org.hum.attention.."};
    public static final String[] FILE = {"org.hum.keys..", "org.hum.source.."};
    public static final String[] LIFECYCLE = {"org.hum.prospect..", "org.hum.deconfliction..", "org.hum.registration..",
            "org.hum.standing..", "org.hum.vetting..", "org.hum.authorisation..", "org.hum.tasking..", "org.hum.contact..",
            "org.hum.payment..", "org.hum.reporting..", "org.hum.partner..", "org.hum.oversight.."};
    public static final String[] COMPOSITION = {"org.hum.dashboard..", "org.hum.admin..", "org.hum.login..", "org.hum.platform.."};

    private ArchitectureRules() {
    }

    /** No cycle between the feature packages {@code org.hum.<feature>}. */
    public static ArchRule featuresFreeOfCycles() {
        return featuresFreeOfCycles("org.hum");
    }

    /** No cycle between the packages right under {@code root}, each with its subpackages. */
    public static ArchRule featuresFreeOfCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /** The tiers, each only looking down; a new feature package must be placed in one. */
    public static ArchRule tiers() {
        return Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Kernel").definedBy(KERNEL)
                .layer("Rules").definedBy(RULES)
                .layer("File").definedBy(FILE)
                .layer("Lifecycle").definedBy(LIFECYCLE)
                .layer("Composition").definedBy(COMPOSITION)
                .whereLayer("Composition").mayNotBeAccessedByAnyLayer()
                .whereLayer("Lifecycle").mayOnlyBeAccessedByLayers("Composition")
                .whereLayer("File").mayOnlyBeAccessedByLayers("Lifecycle", "Composition")
                .whereLayer("Rules").mayOnlyBeAccessedByLayers("File", "Lifecycle", "Composition")
                .whereLayer("Kernel").mayOnlyBeAccessedByLayers("Rules", "File", "Lifecycle", "Composition")
                .ensureAllClassesAreContainedInArchitectureIgnoring("org.hum");
    }

    /** A control is called by boundaries; it never calls one. */
    public static ArchRule noControlCallsABoundary() {
        return noClasses().that().resideInAPackage("..control..")
                .should().dependOnClassesThat().resideInAPackage("..boundary..");
    }

    /**
     * The compiled classes under {@code root} that carry a UI path (a {@code .xhtml} constant in their
     * constant pool): the web tier turns a typed target into its own link.
     */
    public static List<Path> classesWithUiPaths(Path root) {
        byte[] needle = ".xhtml".getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".class")).filter(p -> contains(read(p), needle)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Applies every rule; for a caller that wants them all at once. */
    public static void checkAll(JavaClasses classes) {
        featuresFreeOfCycles().check(classes);
        tiers().check(classes);
        noControlCallsABoundary().check(classes);
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
