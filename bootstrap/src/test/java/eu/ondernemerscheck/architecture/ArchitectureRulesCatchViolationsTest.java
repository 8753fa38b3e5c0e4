package eu.ondernemerscheck.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import eu.ondernemerscheck.architecture.fixture.domain.TaxRuleThatImportsSpring;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Negative control for the pure-domain rule: the same rule shape as R2, applied to a fixture domain class that uses
 * Spring, must report it. (In the real build the domain module has no Spring on its class path at all, so such a
 * class does not even compile; this proves the ArchUnit rule is a second, working line.)
 */
class ArchitectureRulesCatchViolationsTest {

    @Test
    void aDomainClassThatImportsSpringIsReported() {
        JavaClasses fixture = new ClassFileImporter().importClasses(TaxRuleThatImportsSpring.class);

        EvaluationResult result = classes().that().resideInAPackage("..fixture.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..fixture.domain..", "")
                .evaluate(fixture);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains("org.springframework"));
    }
}
