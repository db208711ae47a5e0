package org.hum;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.TransactionScoped;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** hum-ejb's main classes (target/classes, not the tests) keep to {@link ArchitectureRules}. */
class ArchitectureTest {
    static final Path MAIN = Path.of("target", "classes");
    static JavaClasses main;

    @BeforeAll
    static void importMain() {
        main = new ClassFileImporter().importPath(MAIN);
        assertTrue(main.size() > 200, "hum-ejb's main classes are found: " + main.size());
    }

    @Test
    void noCycleBetweenFeaturePackages() {
        ArchitectureRules.featuresFreeOfCycles().check(main);
    }

    @Test
    void everyTierOnlyLooksDown() {
        ArchitectureRules.tiers().check(main);
    }

    /**
     * Request- and transaction-scoped state is made by a producer (ScopedState), not as a managed
     * bean: the server's injection services run over every managed bean instance, on every request
     * (docs/performance.md, "Where a contact report's time goes").
     */
    @Test
    void noClassIsARequestOrTransactionScopedManagedBean() {
        noClasses()
                .should().beAnnotatedWith(RequestScoped.class).orShould().beAnnotatedWith(TransactionScoped.class)
                .because("request- and transaction-scoped state is made by ScopedState's producers")
                .check(main);
    }

    @Test
    void noControlCallsABoundary() {
        ArchitectureRules.noControlCallsABoundary().check(main);
    }

    @Test
    void noOrgHumNameIsWrittenInlineWhereAnImportBelongs() throws IOException {
        Pattern inline = Pattern.compile("\\borg\\.hum\\.[a-z]\\w*\\.");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(p)
                        .replaceAll("(?s)/\\*.*?\\*/", "")
                        .replaceAll("//[^\\n]*", "")
                        .replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"")
                        .replaceAll("(?m)^(?:package|import)(?: static)? [\\w.*]+;", "");
                if (inline.matcher(code).find()) {
                    offenders.add(p.toString());
                }
            }
        }
        assertEquals(List.of(), offenders, "files naming an org.hum class inline instead of importing it");
    }

    @Test
    void hum_ejbProducesNoUiPath() {
        List<Path> offenders = ArchitectureRules.classesWithUiPaths(MAIN);
        assertEquals(List.of(), offenders, "hum-ejb classes with a .xhtml constant");
    }
}
