package id.loket.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import id.loket.core.archfixture.CoreClassThatLeaksJavaFx;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dependency rules of DESIGN.md, checked on the compiled production classes of every module.
 * A rule that is broken fails the build; {@link #theJavaFxRuleCatchesALeak()} proves the rules bite.
 */
class LayeringRulesTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.loket");
    }

    @Test
    void everyModuleIsPresent() {
        for (String pkg : new String[] {"id.loket.core", "id.loket.desktop", "id.loket.sync.protocol",
                "id.loket.sync.agent", "id.loket.sync.central", "id.loket.devices"}) {
            assertThat(production.stream().anyMatch(c -> c.getPackageName().startsWith(pkg)))
                    .as("classes of %s were imported", pkg).isTrue();
        }
    }

    @Test
    void javaFxOnlyInTheDesktop() {
        LayeringRules.JAVAFX_ONLY_IN_DESKTOP.check(production);
    }

    @Test
    void noHttpInCore() {
        LayeringRules.NO_HTTP_IN_CORE.check(production);
    }

    @Test
    void noJdbcInProtocol() {
        LayeringRules.NO_JDBC_IN_PROTOCOL.check(production);
    }

    @Test
    void noJdbcOrUiInTheAgent() {
        LayeringRules.NO_JDBC_IN_AGENT.check(production);
    }

    @Test
    void modulesDependOneWay() {
        for (ArchRule rule : LayeringRules.ONE_WAY) {
            rule.check(production);
        }
    }

    @Test
    void theJavaFxRuleCatchesALeak() {
        JavaClasses withLeak = new ClassFileImporter().importClasses(CoreClassThatLeaksJavaFx.class);
        assertThat(LayeringRules.JAVAFX_ONLY_IN_DESKTOP.evaluate(withLeak).hasViolation()).isTrue();
    }
}
