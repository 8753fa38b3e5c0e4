package eu.ondernemerscheck.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import jakarta.persistence.Entity;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules R1–R10 of architecture.md over all five modules. "Fail on empty should" is on
 * (archunit.properties), so a rule whose packages match nothing fails instead of passing.
 */
@AnalyzeClasses(packages = "eu.ondernemerscheck", importOptions = {ImportOption.DoNotIncludeTests.class,
        ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {

    private static final String ROOT = "eu.ondernemerscheck";

    @ArchTest
    static final ArchRule r1_theRingsDependInwardOnlyAndTheAdaptersNeverOnEachOther = onionArchitecture()
            .domainModels(ROOT + ".domain..")
            .applicationServices(ROOT + ".application..")
            .adapter("web", ROOT + ".adapter.web..")
            .adapter("persistence", ROOT + ".adapter.persistence..")
            // the requests being served, for background work to give way to (in the web module, not the web adapter)
            .adapter("requests", ROOT + ".adapter.requests..")
            .withOptionalLayers(true)
            // the composition root (the application class, demo seeding, start-up diagnostics) wires the rings
            .ignoreDependency(resideInAnyPackage(ROOT, ROOT + ".demo..", ROOT + ".startup.."),
                    DescribedPredicate.alwaysTrue());

    /** The JDK's own HMAC (javax.crypto) counts as the JDK: one-time codes (RFC 6238) are computed in the domain. */
    @ArchTest
    static final ArchRule r2_theDomainUsesNothingButTheJdk = classes()
            .that().resideInAPackage(ROOT + ".domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", ROOT + ".domain..",
                    "");

    @ArchTest
    static final ArchRule r3_theApplicationUsesNoPersistenceWebOrUiFramework = noClasses()
            .that().resideInAPackage(ROOT + ".application..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..",
                    "org.springframework.data..", "java.sql..", "javax.sql..", "org.springframework.jdbc..",
                    "org.springframework.web..", "jakarta.servlet..", "org.flywaydb..", "com.vaadin..",
                    "tools.jackson..", "com.fasterxml..");

    @ArchTest
    static final ArchRule r4_incomingPortsDoNotKnowOutgoingPortsOrServices = noClasses()
            .that().resideInAPackage("..application..port.in..")
            .should().dependOnClassesThat().resideInAnyPackage("..application..port.out..",
                    "..application..service..");

    @ArchTest
    static final ArchRule r4_outgoingPortsDoNotKnowIncomingPortsOrServices = noClasses()
            .that().resideInAPackage("..application..port.out..")
            .should().dependOnClassesThat().resideInAnyPackage("..application..port.in..",
                    "..application..service..");

    @ArchTest
    static final ArchRule r4_portsHoldOnlyInterfacesAndRecords = classes()
            .that().resideInAnyPackage("..application..port.in..", "..application..port.out..")
            .and().areNotAnonymousClasses().and().areNotMemberClasses()
            .should().beInterfaces().orShould().beRecords();

    @ArchTest
    static final ArchRule r5_servicesAreNamedServiceAndImplementAnIncomingPort = classes()
            .that().resideInAPackage("..application..service..").and().areTopLevelClasses()
            .should().haveSimpleNameEndingWith("Service")
            .andShould().implement(DescribedPredicate.describe("an incoming port",
                    (JavaClass c) -> c.getPackageName().contains(".port.in")));

    @ArchTest
    static final ArchRule r5_nothingOutsideTheApplicationUsesAService = noClasses()
            .that().resideOutsideOfPackage(ROOT + ".application..")
            .should().dependOnClassesThat().resideInAPackage("..application..service..");

    @ArchTest
    static final ArchRule r6_viewsLiveInTheWebAdapterAndAreNotPublic = classes()
            .that().areAnnotatedWith(Route.class)
            .should().resideInAPackage(ROOT + ".adapter.web..")
            .andShould().notBePublic();

    @ArchTest
    static final ArchRule r6_theWebAdapterUsesOnlyIncomingPorts = noClasses()
            .that().resideInAPackage(ROOT + ".adapter.web..")
            .should().dependOnClassesThat().resideInAnyPackage("..application..port.out..",
                    "..application..service..");

    @ArchTest
    static final ArchRule r7_entitiesLiveInThePersistenceAdapterAndAreNotPublic = classes()
            .that().areAnnotatedWith(Entity.class)
            .should().resideInAPackage(ROOT + ".adapter.persistence..")
            .andShould().notBePublic();

    @ArchTest
    static final ArchRule r7_repositoriesLiveInThePersistenceAdapterAndAreNotPublic = classes()
            .that().areAssignableTo(Repository.class).and().areInterfaces()
            .should().resideInAPackage(ROOT + ".adapter.persistence..")
            .andShould().notBePublic();

    @ArchTest
    static final ArchRule r8_domainFeaturesAreFreeOfCycles = slices()
            .matching(ROOT + ".domain.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule r8_applicationFeaturesAreFreeOfCycles = slices()
            .matching(ROOT + ".application.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule r9_onlyTenancyCodeAndServicesTouchTheTenantContext = noClasses()
            .that().resideOutsideOfPackages("..tenancy..", "..application..service..", ROOT + ".adapter.web.security..")
            .should().dependOnClassesThat().haveFullyQualifiedName(ROOT + ".application.tenancy.TenantContext");

    @ArchTest
    static final ArchRule noFrontendBundleIsEverNeeded = noClasses()
            .should().beAnnotatedWith("com.vaadin.flow.component.dependency.CssImport")
            .orShould().beAnnotatedWith("com.vaadin.flow.component.dependency.CssImport$Container")
            .orShould().beAnnotatedWith("com.vaadin.flow.component.dependency.JsModule")
            .orShould().beAnnotatedWith("com.vaadin.flow.component.dependency.JsModule$Container")
            .orShould().beAnnotatedWith("com.vaadin.flow.component.dependency.NpmPackage")
            .orShould().beAnnotatedWith("com.vaadin.flow.component.dependency.JavaScript")
            .orShould().beAnnotatedWith("com.vaadin.flow.theme.Theme")
            .as("no class needs a frontend bundle build (@CssImport, @JsModule, @NpmPackage, @JavaScript, @Theme)");

    /** The domain's test jar (shared test helpers) is test code too, though it arrives as a jar. */
    static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar") && !location.contains("/test-classes/");
        }
    }
}
